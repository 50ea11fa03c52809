using System.Text.RegularExpressions;
using MimeKit;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests;

/// <summary>Reads the e-mail the app wrote into the factory's mail folder, as its recipient would.</summary>
public static partial class Mailbox
{
    /// <summary>The messages to <paramref name="email"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MessagesTo(this WebFactory factory, string email) =>
        Directory.Exists(factory.MailFolder)
            ? [.. Directory.GetFiles(factory.MailFolder, "*.eml").Order(StringComparer.Ordinal)
                .Select(path => MimeMessage.Load(path))
                .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase)))]
            : [];

    /// <summary>The link in the newest message to <paramref name="email"/> whose subject has <paramref name="subject"/>.</summary>
    public static Uri LinkTo(this WebFactory factory, string email, string subject)
    {
        var message = factory.MessagesTo(email).LastOrDefault(m => m.Subject?.Contains(subject, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"No e-mail to {email} about \"{subject}\" in {factory.MailFolder}.");
        return new Uri(Link().Match(message.TextBody ?? "").Value);
    }

    /// <summary>Follows the confirmation link sent to <paramref name="email"/>, as its owner would.</summary>
    public static async Task ConfirmEmailAsync(this WebFactory factory, string email)
    {
        var link = factory.LinkTo(email, "Confirm your e-mail address");
        var response = await factory.CreateClient().GetAsync(link.PathAndQuery, Cancel);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The value of <paramref name="name"/> in the query of <paramref name="link"/>, as the page it leads to reads it.</summary>
    public static string QueryValue(this Uri link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)[name].ToString();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
