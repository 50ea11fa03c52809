using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using RunLift.Data;
using RunLift.Data.Accounts;

namespace RunLift.Web.Features.Accounts.Email;

/// <summary>
/// The e-mail Identity sends for an account (<see cref="IEmailSender{TUser}"/>): the link that confirms an address,
/// and the password-reset link or code. Identity's links arrive HTML-encoded; the message is plain text and HTML.
/// </summary>
internal sealed partial class AccountEmails(
    IMailDelivery delivery, IOptions<EmailSettings> settings, PasswordResetMailLimit resets, ILogger<AccountEmails> log) : IEmailSender<Account>
{
    public Task SendConfirmationLinkAsync(Account user, string email, string confirmationLink) =>
        SendAsync(user, email, "Confirm your e-mail address for RunLift",
            "Follow this link to confirm that this address is yours; coaches who invite you by e-mail are then shown to you:",
            confirmationLink);

    // The page's link and the API's code alike: both count towards the address's hourly limit.
    public Task SendPasswordResetLinkAsync(Account user, string email, string resetLink) =>
        resets.Allows(email)
            ? SendAsync(user, email, "Reset your RunLift password", "Follow this link to choose a new password:", resetLink)
            : NotSent();

    public Task SendPasswordResetCodeAsync(Account user, string email, string resetCode) =>
        resets.Allows(email)
            ? SendAsync(user, email, "Your RunLift password reset code", "Your code to reset your password:", resetCode)
            : NotSent();

    private Task NotSent()
    {
        LogResetNotSent(log, settings.Value.PasswordResetsPerHour);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A password reset message was not sent: its address had its {Limit} this hour")]
    private static partial void LogResetNotSent(ILogger logger, int limit);

    private Task SendAsync(Account user, string email, string subject, string lead, string encodedLinkOrCode)
    {
        var plain = System.Net.WebUtility.HtmlDecode(encodedLinkOrCode);
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(settings.Value.From));
        message.To.Add(new MailboxAddress(user.DisplayName, email));
        var body = new BodyBuilder
        {
            TextBody = $"{lead}\n\n{plain}\n\nIf you did not ask for this, ignore this message.\n",
            HtmlBody = $"<p>{System.Net.WebUtility.HtmlEncode(lead)}</p><p><a href=\"{encodedLinkOrCode}\">{encodedLinkOrCode}</a></p><p>If you did not ask for this, ignore this message.</p>",
        };
        message.Body = body.ToMessageBody();
        return delivery.DeliverAsync(message, CancellationToken.None);
    }
}

internal static class EmailServices
{
    public static IServiceCollection AddAccountEmails(this IServiceCollection services)
    {
        services.AddOptions<EmailSettings>().BindConfiguration("Email").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMailDelivery>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<EmailSettings>>().Value;
            if (settings.Smtp.Host.Length > 0)
            {
                return new SmtpDelivery(settings.Smtp);
            }

            var folder = settings.PickupDirectory.Length > 0 ? Path.GetFullPath(settings.PickupDirectory) : Path.Combine(DataFolder(provider), "mail");
            return new PickupFolderDelivery(folder, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<PickupFolderDelivery>>());
        });
        services.AddSingleton<PasswordResetMailLimit>();
        return services.AddTransient<IEmailSender<Account>, AccountEmails>();
    }

    private static string DataFolder(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IConfiguration>()["Database:DataDirectory"];
        return string.IsNullOrWhiteSpace(configured) ? DatabaseSettings.DefaultDataDirectory : Path.GetFullPath(configured);
    }
}
