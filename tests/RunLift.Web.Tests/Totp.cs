using System.Security.Cryptography;

namespace RunLift.Web.Tests;

/// <summary>
/// The six-digit code an authenticator app shows (RFC 6238: HMAC-SHA1 over 30-second steps, RFC 4226 truncation),
/// computed from the key the app was given, so that tests sign in with two factors as a person with a phone does.
/// </summary>
public static class Totp
{
    public static string Code(string key, DateTimeOffset now)
    {
        var step = now.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        // RFC 6238's default, which every authenticator app and Identity use: not a choice of ours.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string key) => Code(key, TimeProvider.System.GetUtcNow());

    // The key as apps take it: RFC 4648 base 32, in any case, with or without the spaces it is shown with.
    private static byte[] Base32(string key)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        var (buffer, bits) = (0, 0);
        foreach (var c in key.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
