using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

/// <summary>
/// A failed sign-in answers the same for an e-mail with no account, a wrong password and a locked account, on the
/// API and on the page: a stranger cannot learn from it who has an account here.
/// </summary>
public sealed partial class SignInAnswerTests
{
    [Fact]
    public async Task Api_UnknownEmail_WrongPassword_LockedAccount_AnswerAlike()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?> { ["RateLimiting:SignIn:PermitLimit"] = "1000" });
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await factory.RegisterAsync("locked@example.com");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(factory, "locked@example.com", "a guess");
        }

        var unknown = await SignInAsync(factory, "nobody@example.com", "a guess");
        var wrong = await SignInAsync(factory, "ann@example.com", "a guess");
        var locked = await SignInAsync(factory, "locked@example.com", Tests.Accounts.Password);

        unknown.Status.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.ShouldBe(unknown);
        locked.ShouldBe(unknown);
    }

    [Fact]
    public async Task Page_UnknownEmail_WrongPassword_LockedAccount_SayTheSame()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?> { ["RateLimiting:SignIn:PermitLimit"] = "1000" });
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await factory.RegisterAsync("locked@example.com");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(factory, "locked@example.com", "a guess");
        }

        var unknown = await PageErrorAsync(factory, "nobody@example.com", "a guess");
        var wrong = await PageErrorAsync(factory, "ann@example.com", "a guess");
        var locked = await PageErrorAsync(factory, "locked@example.com", Tests.Accounts.Password);

        unknown.ShouldContain("do not match an account");
        wrong.ShouldBe(unknown);
        locked.ShouldBe(unknown);
    }

    private static async Task<(HttpStatusCode Status, string Body)> SignInAsync(WebFactory factory, string email, string password)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email, password }, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        // Each answer carries its own trace id; the rest must be the same.
        var body = JsonNode.Parse(text) is JsonObject problem ? Without(problem, "traceId") : text;
        return (response.StatusCode, body);
    }

    private static string Without(JsonObject problem, string name)
    {
        problem.Remove(name);
        return problem.ToJsonString();
    }

    private static async Task<string> PageErrorAsync(WebFactory factory, string email, string password)
    {
        var browser = factory.CreateClient();
        var response = await browser.PostFormAsync(
            "/account/login", "/account/login", [new("_handler", "sign-in"), new("Input.Email", email), new("Input.Password", password)]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        var error = SignInError().Match(html);
        error.Success.ShouldBeTrue("the page shows no sign-in error");
        return error.Groups[1].Value.Trim();
    }

    [GeneratedRegex("""data-testid="sign-in-error"[\s\S]*?<div class="mud-alert-message">([\s\S]*?)</div>""")]
    private static partial Regex SignInError();
}
