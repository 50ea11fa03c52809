using MimeKit;

namespace RunLift.Web.Features.Accounts.Email;

/// <summary>
/// Writes each message as an .eml file into a folder (any mail program opens one), and logs where: the default, so
/// that registering works on a server with no mail set up. Files are written whole under a temporary name, then renamed.
/// </summary>
internal sealed partial class PickupFolderDelivery(string folder, TimeProvider time, ILogger<PickupFolderDelivery> logger) : IMailDelivery
{
    public string Folder { get; } = folder;

    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Folder, name);
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellation);
        File.Move(partial, path);
        var to = string.Join(", ", message.To.Mailboxes.Select(m => m.Address));
        LogWritten(logger, to, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {To} written to {Path} (no SMTP server is configured: Email:Smtp:Host)")]
    private static partial void LogWritten(ILogger logger, string to, string path);
}
