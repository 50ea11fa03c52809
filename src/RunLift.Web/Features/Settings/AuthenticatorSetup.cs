using System.Globalization;
using QRCoder;

namespace RunLift.Web.Features.Settings;

/// <summary>
/// What an authenticator app needs to produce RunLift's codes: the shared key, grouped in fours for typing, and the
/// <c>otpauth://</c> address (RFC 6238 TOTP, six digits every 30 seconds) as a QR code to scan.
/// </summary>
internal sealed record AuthenticatorSetup(string Key, string Uri)
{
    public const string Issuer = "RunLift";

    public static AuthenticatorSetup For(string email, string unformattedKey) => new(
        string.Join(' ', unformattedKey.ToLowerInvariant().Chunk(4).Select(c => new string(c))),
        string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={unformattedKey}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6"));

    /// <summary>The address as a PNG QR code in a data URI (the pages' policy allows images from data URIs only, not scripts).</summary>
    public string QrCodeDataUri()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
