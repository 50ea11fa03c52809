using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

/// <summary>
/// An account's e-mail address counts as its owner's only after the link sent to it is followed: the registration
/// page and the API send one, Settings sends another on request, and the mail goes to a folder of .eml files unless an
/// SMTP server is configured.
/// </summary>
public sealed partial class EmailConfirmationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterPage_SendsALink_ThatConfirmsTheAddressOnce(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var browser = factory.CreateClient();
        var registered = await browser.PostFormAsync("/account/register", "/account/register",
        [
            new("_handler", "register"), new("Input.DisplayName", "Ann"), new("Input.Email", "ann@example.com"),
            new("Input.Password", Tests.Accounts.Password), new("Input.ConfirmPassword", Tests.Accounts.Password),
        ]);
        registered.IsSuccessStatusCode.ShouldBeTrue();
        (await browser.GetStringAsync("/settings", Cancel)).ShouldContain("is not confirmed yet");

        var link = factory.LinkTo("ann@example.com", "Confirm your e-mail address");
        link.AbsolutePath.ShouldBe("/account/confirm-email");
        var confirmed = await factory.CreateClient().GetStringAsync(link.PathAndQuery, Cancel);

        confirmed.ShouldContain("data-testid=\"email-confirmed\"");
        (await browser.GetStringAsync("/settings", Cancel)).ShouldContain("ann@example.com is confirmed.");
        (await (await (await factory.SignInAsync("ann@example.com")).GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("emailConfirmed").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("?userId=nobody&code=AAAA")]
    [InlineData("?userId=&code=")]
    [InlineData("?code=%%%")]
    public async Task ConfirmPage_WithABadLink_SaysSoAndConfirmsNothing(string query)
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");

        var response = await factory.CreateClient().GetAsync("/account/confirm-email" + query, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("data-testid=\"email-not-confirmed\"");
        await using var db = factory.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
        db.Users.Single().EmailConfirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task ConfirmPage_WithAnotherAccountsCode_ConfirmsNeither()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");
        var annLink = factory.LinkTo("ann@example.com", "Confirm your e-mail address");
        var bobLink = factory.LinkTo("bob@example.com", "Confirm your e-mail address");
        var bobId = bobLink.QueryValue("userId");
        var annCode = annLink.QueryValue("code");

        var response = await factory.CreateClient().GetStringAsync($"/account/confirm-email?userId={bobId}&code={annCode}", Cancel);

        response.ShouldContain("data-testid=\"email-not-confirmed\"");
        await using var db = factory.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
        db.Users.Count(u => u.EmailConfirmed).ShouldBe(0);
    }

    [Fact]
    public async Task Settings_SendTheLinkAgain_SendsANewOne()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        var browser = await factory.SignInWithCookieAsync("ann@example.com");
        factory.MessagesTo("ann@example.com").Count.ShouldBe(1);

        var sent = await browser.PostFormAsync("/settings", "/settings", [new("_handler", "send-confirmation")]);

        (await sent.Content.ReadAsStringAsync(Cancel)).ShouldContain("A new link is on its way to ann@example.com.");
        factory.MessagesTo("ann@example.com").Count.ShouldBe(2);
        await factory.ConfirmEmailAsync("ann@example.com");
    }

    [Fact]
    public async Task WithAnSmtpServer_TheLinkIsSentThroughIt_AndNothingIsWrittenToTheFolder()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "RunLift <runlift@example.org>",
        });

        _ = await factory.RegisterAsync("ann@example.com");

        var received = MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(smtp.Messages.ShouldHaveSingleItem())), Cancel);
        received.To.Mailboxes.Single().Address.ShouldBe("ann@example.com");
        received.From.Mailboxes.Single().Address.ShouldBe("runlift@example.org");
        var link = new Uri(LinkIn().Match(received.TextBody!).Value);
        (await factory.CreateClient().GetAsync(link.PathAndQuery, Cancel)).EnsureSuccessStatusCode();
        factory.MessagesTo("ann@example.com").ShouldBeEmpty();
        (await (await (await factory.SignInAsync("ann@example.com")).GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("emailConfirmed").GetBoolean().ShouldBeTrue();
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkIn();
}
