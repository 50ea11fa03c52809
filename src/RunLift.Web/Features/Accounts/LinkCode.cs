using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// An Identity token as it travels in an e-mailed link's query (Base64url of its UTF-8, the form Identity's API takes
/// too), and back: the confirmation and password-reset links share it.
/// </summary>
internal static class LinkCode
{
    /// <summary>The code that carries <paramref name="token"/> in a link.</summary>
    public static string Of(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token in <paramref name="code"/>; null when it is not a code at all (cut short, mistyped).</summary>
    public static string? TokenIn(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
