namespace RunLift.Web.Features.Accounts;

/// <summary>Where the second step of signing in is, for an account with two-factor sign-in.</summary>
internal static class TwoFactorSignIn
{
    public const string CodePath = "/account/login/two-factor";
    public const string RecoveryPath = "/account/login/recovery";

    public static string PathFor(string? returnUrl, bool rememberMe, string path = CodePath) =>
        $"{path}?rememberMe={(rememberMe ? "true" : "false")}" + (returnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(ReturnUrls.LocalOr(returnUrl, "/dashboard")));
}
