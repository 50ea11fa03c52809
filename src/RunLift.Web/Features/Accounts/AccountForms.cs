using System.ComponentModel.DataAnnotations;

namespace RunLift.Web.Features.Accounts;

/// <summary>What the sign-in form posts.</summary>
internal sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

/// <summary>What the registration form posts: a name and an address, and a new password.</summary>
internal sealed class RegisterForm : NewPasswordForm
{
    [Required(ErrorMessage = "Tell us what to call you.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
    public string Email { get; set; } = "";
}

/// <summary>Where to go after signing in: only a path of this site, so that a link cannot send a person elsewhere.</summary>
internal static class ReturnUrls
{
    /// <summary>Longer than any address of this site; a longer one is not worth a redirect.</summary>
    private const int MaxLength = 2048;

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path of this site written in plain, visible ASCII, else
    /// <paramref name="fallback"/>. Browsers drop tabs and line breaks from addresses ("/\t/evil.example" is
    /// "//evil.example" to them) and read '\' as '/', and a line break or a non-ASCII letter cannot go in a Location
    /// header at all, so anything but printable ASCII is refused rather than cleaned.
    /// </summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 0 and <= MaxLength } && returnUrl[0] == '/'
            && !returnUrl.AsSpan().ContainsAnyExceptInRange('!', '~')
            && !returnUrl.Contains('\\', StringComparison.Ordinal)
            && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
}

/// <summary>What the forgotten-password form posts.</summary>
internal sealed class ForgotPasswordForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
    public string Email { get; set; } = "";
}

/// <summary>A new password, typed twice: what the reset-password form posts, and part of registering.</summary>
internal class NewPasswordForm
{
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters: a few words make a strong password.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
