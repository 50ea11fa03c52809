using MimeKit;

namespace RunLift.Web.Features.Accounts.Email;

/// <summary>Where a finished message goes: an SMTP server, or a folder of .eml files.</summary>
internal interface IMailDelivery
{
    Task DeliverAsync(MimeMessage message, CancellationToken cancellation);
}
