using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace RunLift.Web.Features.Plans;

/// <summary>
/// The secret in a calendar feed's URL: 32 random bytes (256 bits, beyond guessing), written base64url so that it sits
/// in a path as it is. The database keeps only its SHA-256, so a copy of the database cannot subscribe to anyone's feed.
/// </summary>
internal static class FeedSecret
{
    /// <summary>The random bytes in a secret.</summary>
    public const int Bytes = 32;

    /// <summary>The characters of a secret: 32 bytes in base64url without padding.</summary>
    public const int Length = 43;

    /// <summary>A new secret from the system's cryptographic random numbers.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>
    /// The SHA-256 of <paramref name="secret"/> as 64 lower-case hex digits, as the database keeps it; null for anything
    /// that cannot be a secret (another length, a character outside base64url), which is not worth a query.
    /// </summary>
    public static string? HashOf(string? secret)
    {
        if (secret is not { Length: Length } || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));
    }
}
