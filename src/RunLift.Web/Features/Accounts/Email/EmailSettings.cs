using System.ComponentModel.DataAnnotations;

namespace RunLift.Web.Features.Accounts.Email;

/// <summary>
/// How RunLift sends its e-mail (the links that confirm an address, and reset a password): by SMTP when
/// <c>Email:Smtp:Host</c> is set, otherwise written as .eml files into <c>Email:PickupDirectory</c> (by default
/// <c>mail/</c> in the data folder), with a log line saying where, so that a server without mail set up still
/// works and its operator can hand the link on.
/// </summary>
internal sealed class EmailSettings
{
    /// <summary>The sender, as <c>Name &lt;address&gt;</c> or an address.</summary>
    [Required]
    public string From { get; set; } = "RunLift <no-reply@runlift.invalid>";

    /// <summary>Where messages are written when there is no SMTP server; empty for the data folder's <c>mail/</c>.</summary>
    public string PickupDirectory { get; set; } = "";

    /// <summary>Password-reset messages one address may get in an hour (<see cref="PasswordResetMailLimit"/>).</summary>
    [Range(1, 100)]
    public int PasswordResetsPerHour { get; set; } = 3;

    public SmtpSettings Smtp { get; set; } = new();
}

/// <summary>An SMTP server to send through.</summary>
internal sealed class SmtpSettings
{
    public string Host { get; set; } = "";

    [Range(1, 65_535)]
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (the default: port 587), <c>SslOnConnect</c> (port 465) or <c>None</c> (a relay on the same host).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}

/// <summary>How the connection to the SMTP server is protected.</summary>
internal enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}
