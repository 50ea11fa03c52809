using System.Net;
using System.Net.Http.Headers;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

/// <summary>
/// Two instances of the app, each on its own loopback port, behind an imagined load balancer and sharing one
/// PostgreSQL database: the data-protection keys live in the database, so a sign-in made on one is good on the other.
/// </summary>
public sealed class SharedSignInTests
{
    [Fact]
    public async Task SignInOnOneInstance_IsAcceptedByTheOther()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = WebFactory.With(database.Configuration);
        await using var second = WebFactory.With(database.Configuration);
        first.UseKestrel(0);
        second.UseKestrel(0);
        first.StartServer();
        second.StartServer();

        var onFirst = await first.RegisterAsync("runner@example.com");
        var token = onFirst.DefaultRequestHeaders.Authorization!.Parameter!;
        var onSecond = second.CreateClient();
        onSecond.BaseAddress!.Port.ShouldNotBe(onFirst.BaseAddress!.Port);
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await onSecond.GetAsync("/api/v1/account/manage/info", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("email").GetString().ShouldBe("runner@example.com");
    }

    [Fact]
    public async Task SignInCookie_FromOneInstance_IsAcceptedByTheOther()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = WebFactory.With(database.Configuration);
        await using var second = WebFactory.With(database.Configuration);
        first.UseKestrel(0);
        second.UseKestrel(0);
        first.StartServer();
        second.StartServer();
        _ = await first.RegisterAsync("coach@example.com");

        var signIn = await first.CreateClient().PostAsync(
            "/api/v1/account/login?useCookies=true",
            Body("""{"email":"coach@example.com","password":"correct horse battery"}""", "application/json"),
            Cancel);
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("RunLift.Auth=", StringComparison.Ordinal)).Split(';')[0];

        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await onSecond.GetAsync("/api/v1/account/manage/info", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
