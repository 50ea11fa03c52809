using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

public sealed class AccountApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Register_ThenSignIn_TheBearerTokenOpensTheAccount(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);

        var client = await factory.RegisterAsync("ann@example.com");
        var info = await client.GetAsync("/api/v1/account/manage/info", Cancel);

        info.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await info.JsonAsync()).GetProperty("email").GetString().ShouldBe("ann@example.com");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Register_ThroughTheApi_StampsTheAccountsCreationTime(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var before = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);

        _ = await factory.RegisterAsync("ann@example.com");

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        var created = await db.Users.Select(u => u.CreatedAt).SingleAsync(Cancel);
        created.ShouldBeInRange(before, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(1));
    }

    [Fact]
    public async Task ManageInfo_WithoutAToken_Is401NotARedirect()
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().GetAsync("/api/v1/account/manage/info", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is401()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("bob@example.com");

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email = "bob@example.com", password = "not the password" }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_ShortPassword_SaysWhy()
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/register", new { email = "cy@example.com", password = "short" }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("at least 10 characters");
    }

    [Fact]
    public async Task SignIn_RepeatedAttempts_AreRateLimitedPerClient()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:SignIn:PermitLimit"] = "3",
            ["RateLimiting:SignIn:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "eve@example.com", password = "guess " + attempt }, Cancel);
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
    }
}
