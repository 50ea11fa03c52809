using System.ComponentModel.DataAnnotations;

namespace RunLift.Web.Features.Settings;

/// <summary>What the change-password form posts.</summary>
internal sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters: a few words make a strong password.")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>What the delete-account form posts: the e-mail typed out as the confirmation, and the password.</summary>
internal sealed class DeleteAccountForm
{
    [Required(ErrorMessage = "Type your e-mail address to confirm.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";
}
