using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace RunLift.Web.Features.Accounts.Email;

/// <summary>Sends each message through the configured SMTP server (MailKit), one connection a message.</summary>
internal sealed class SmtpDelivery(SmtpSettings settings) : IMailDelivery
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellation)
    {
        using var client = new SmtpClient();
        var security = settings.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Host, settings.Port, security, cancellation);
        if (settings.UserName.Length > 0)
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password, cancellation);
        }

        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(quit: true, cancellation);
    }
}
