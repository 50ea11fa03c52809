using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RunLift.Data;
using RunLift.Data.Coaching;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Settings;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Coaching;

public sealed class CoachingApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Link_InviteAcceptRevokeReinviteEnd_TheCoachSeesTheAthleteOnlyWhileAccepted(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Ann", errors: 2, warnings: 1);

        var invited = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "Ann@Example.com" }, Cancel);
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var invitation = await invited.JsonAsync();
        invitation.GetProperty("email").GetString().ShouldBe("ann@example.com");
        invitation.GetProperty("status").GetString().ShouldBe("pending");
        var linkId = invitation.GetProperty("linkId").GetInt64();

        // Pending: the coach sees the invitation as sent, not the athlete.
        (await AthletesAsync(coach)).ShouldBeEmpty();
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await coach.GetAsync("/api/v1/coach/invitations", Cancel)).JsonAsync()).EnumerateArray().Single().GetProperty("linkId").GetInt64().ShouldBe(linkId);

        var mine = await (await ann.GetAsync("/api/v1/coaches", Cancel)).JsonAsync();
        var pending = mine.GetProperty("invitations").EnumerateArray().Single();
        pending.GetProperty("linkId").GetInt64().ShouldBe(linkId);
        pending.GetProperty("coachEmail").GetString().ShouldBe("coach@example.com");
        mine.GetProperty("coaches").GetArrayLength().ShouldBe(0);

        (await ann.PostAsync($"/api/v1/coaches/{linkId}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var athlete = (await AthletesAsync(coach)).Single();
        athlete.GetProperty("athleteId").GetString().ShouldBe(annId);
        athlete.GetProperty("email").GetString().ShouldBe("ann@example.com");
        athlete.GetProperty("latestAudit").GetProperty("errors").GetInt32().ShouldBe(2);
        athlete.GetProperty("latestAudit").GetProperty("warnings").GetInt32().ShouldBe(1);
        athlete.GetProperty("latestAudit").GetProperty("verdict").GetString().ShouldBe("needs-work");
        athlete.GetProperty("lastSessionDate").GetString().ShouldBe("2026-03-05");

        var detail = await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel);
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        var drill = await detail.JsonAsync();
        drill.GetProperty("profile").GetProperty("bodyweightKg").GetDouble().ShouldBe(70);
        drill.GetProperty("recentSessions").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["Ann imported", "Ann strength A"]);
        drill.GetProperty("recentSessions")[1].GetProperty("workingSets").GetInt32().ShouldBe(3);
        drill.GetProperty("latestAudit").GetProperty("findings")[0].GetProperty("id").GetString().ShouldBe("RL103");
        drill.GetProperty("latestAudit").GetProperty("verdict").GetString().ShouldBe("needs-work");

        mine = await (await ann.GetAsync("/api/v1/coaches", Cancel)).JsonAsync();
        mine.GetProperty("invitations").GetArrayLength().ShouldBe(0);
        mine.GetProperty("coaches").EnumerateArray().Single().GetProperty("linkId").GetInt64().ShouldBe(linkId);

        // The athlete revokes: the coach loses access at once.
        (await ann.DeleteAsync($"/api/v1/coaches/{linkId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AthletesAsync(coach)).ShouldBeEmpty();
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.LinkAsync(linkId))!.Status.ShouldBe(CoachLinkStatus.Revoked);

        // Invited again and accepted again, then the coach ends it.
        var again = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = (await again.JsonAsync()).GetProperty("linkId").GetInt64();
        second.ShouldNotBe(linkId);
        (await ann.PostAsync($"/api/v1/coaches/{second}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AthletesAsync(coach)).Count.ShouldBe(1);

        (await coach.DeleteAsync($"/api/v1/coach/athletes/{annId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AthletesAsync(coach)).ShouldBeEmpty();
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await ann.GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("coaches").GetArrayLength().ShouldBe(0);
        (await coach.DeleteAsync($"/api/v1/coach/athletes/{annId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Athletes_OnlyThoseWhoAccepted_NotPendingDeclinedRevokedNorGuessed(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var coach = await factory.RegisterAsync("coach@example.com");
        var ids = new Dictionary<string, string>();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var name in new[] { "accepted", "declined", "revoked", "pending", "stranger" })
        {
            clients[name] = await factory.RegisterConfirmedAsync($"{name}@example.com");
            ids[name] = await factory.SeedAsync($"{name}@example.com", name);
        }

        var links = new Dictionary<string, long>();
        foreach (var name in new[] { "accepted", "declined", "revoked", "pending" })
        {
            var invited = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = $"{name}@example.com" }, Cancel);
            links[name] = (await invited.JsonAsync()).GetProperty("linkId").GetInt64();
        }

        (await clients["accepted"].PostAsync($"/api/v1/coaches/{links["accepted"]}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clients["declined"].PostAsync($"/api/v1/coaches/{links["declined"]}/decline", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clients["revoked"].PostAsync($"/api/v1/coaches/{links["revoked"]}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clients["revoked"].DeleteAsync($"/api/v1/coaches/{links["revoked"]}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await AthletesAsync(coach)).Select(a => a.GetProperty("athleteId").GetString()).ShouldBe([ids["accepted"]]);
        (await coach.GetAsync($"/api/v1/coach/athletes/{ids["accepted"]}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var name in new[] { "declined", "revoked", "pending", "stranger" })
        {
            (await coach.GetAsync($"/api/v1/coach/athletes/{ids[name]}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, name);
            (await coach.DeleteAsync($"/api/v1/coach/athletes/{ids[name]}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, name);
        }

        (await coach.GetAsync($"/api/v1/coach/athletes/{Guid.NewGuid()}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A declined invitation cannot be accepted later; a revoked link cannot be accepted again.
        (await clients["declined"].PostAsync($"/api/v1/coaches/{links["declined"]}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clients["revoked"].PostAsync($"/api/v1/coaches/{links["revoked"]}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AthletesAsync(coach)).Count.ShouldBe(1);

        // An athlete who coaches nobody sees no one.
        (await AthletesAsync(clients["accepted"])).ShouldBeEmpty();
        (await clients["accepted"].GetAsync($"/api/v1/coach/athletes/{ids["stranger"]}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Answer_AnInvitationAddressedToSomeoneElse_Is404AndChangesNothing(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var bob = await factory.RegisterConfirmedAsync("bob@example.com");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();

        (await bob.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PostAsync($"/api/v1/coaches/{link}/decline", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync($"/api/v1/coaches/{link}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await bob.GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("invitations").GetArrayLength().ShouldBe(0);
        (await bob.DeleteAsync($"/api/v1/coach/invitations/{link}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stored = (await factory.LinkAsync(link))!;
        stored.Status.ShouldBe(CoachLinkStatus.Pending);
        stored.AthleteId.ShouldBeNull();
        (await AthletesAsync(coach)).ShouldBeEmpty();

        // Once Ann accepts, Bob can neither revoke her coach nor end the link as if he were the coach.
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var annId = await factory.AccountIdAsync("ann@example.com");
        (await bob.DeleteAsync($"/api/v1/coaches/{link}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync($"/api/v1/coach/athletes/{annId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.LinkAsync(link))!.Status.ShouldBe(CoachLinkStatus.Accepted);
    }

    [Fact]
    public async Task Invite_Yourself_Is400()
    {
        await using var factory = WebFactory.With();
        var coach = await factory.RegisterAsync("coach@example.com");

        var response = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "COACH@example.com" }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").GetProperty("email")[0].GetString()!.ShouldContain("yourself");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an e-mail")]
    [InlineData("ann@")]
    [InlineData("@example.com")]
    public async Task Invite_NotAnEmail_Is400NamingTheField(string email)
    {
        await using var factory = WebFactory.With();
        var coach = await factory.RegisterAsync("coach@example.com");

        var response = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").TryGetProperty("email", out _).ShouldBeTrue();
        (await (await coach.GetAsync("/api/v1/coach/invitations", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Invite_Twice_ReturnsTheSameInvitation()
    {
        await using var factory = WebFactory.With();
        var coach = await factory.RegisterAsync("coach@example.com");

        var first = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel);
        var second = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = " ANN@example.com " }, Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.JsonAsync()).GetProperty("linkId").GetInt64().ShouldBe((await first.JsonAsync()).GetProperty("linkId").GetInt64());
        (await (await coach.GetAsync("/api/v1/coach/invitations", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Invite_AnEmailWithoutAnAccount_WaitsForWhoeverRegistersWithIt_AndConfirmsTheAddress()
    {
        await using var factory = WebFactory.With();
        var coach = await factory.RegisterAsync("coach@example.com");

        var invited = await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "later@example.com" }, Cancel);
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var link = (await invited.JsonAsync()).GetProperty("linkId").GetInt64();

        // Registering with the address is not proof of owning it: until the e-mailed link is followed, the
        // invitation is neither shown nor accepted.
        var later = await factory.RegisterAsync("later@example.com");
        var unconfirmed = await (await later.GetAsync("/api/v1/coaches", Cancel)).JsonAsync();
        unconfirmed.GetProperty("invitations").GetArrayLength().ShouldBe(0);
        unconfirmed.GetProperty("emailConfirmed").GetBoolean().ShouldBeFalse();
        (await later.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await factory.ConfirmEmailAsync("later@example.com");
        var pending = (await (await later.GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("invitations").EnumerateArray().Single();
        pending.GetProperty("linkId").GetInt64().ShouldBe(link);

        (await later.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AthletesAsync(coach)).Single().GetProperty("email").GetString().ShouldBe("later@example.com");
        (await AthletesAsync(coach)).Single().GetProperty("latestAudit").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Withdraw_APendingInvitation_TheAthleteNoLongerSeesIt()
    {
        await using var factory = WebFactory.With();
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();

        (await coach.DeleteAsync($"/api/v1/coach/invitations/{link}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await ann.GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("invitations").GetArrayLength().ShouldBe(0);
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("POST", "/api/v1/coach/invitations")]
    [InlineData("GET", "/api/v1/coach/invitations")]
    [InlineData("DELETE", "/api/v1/coach/invitations/1")]
    [InlineData("GET", "/api/v1/coach/athletes")]
    [InlineData("GET", "/api/v1/coach/athletes/x")]
    [InlineData("DELETE", "/api/v1/coach/athletes/x")]
    [InlineData("GET", "/api/v1/coaches")]
    [InlineData("POST", "/api/v1/coaches/1/accept")]
    [InlineData("POST", "/api/v1/coaches/1/decline")]
    [InlineData("DELETE", "/api/v1/coaches/1")]
    public async Task Anonymous_Is401(string method, string path)
    {
        await using var factory = WebFactory.With();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { email = "ann@example.com" });
        }

        var response = await factory.CreateClient().SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AthleteDetail_HasTheInjury_BesideRehab(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Ann");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).EnsureSuccessStatusCode();

        var before = (await (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).JsonAsync()).GetProperty("profile");
        (await ann.PutAsJsonAsync("/api/v1/profile", Profiles.ProfileApiTests.WithInjury(rehab: true, "lower-back"), Cancel)).EnsureSuccessStatusCode();
        var after = (await (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).JsonAsync()).GetProperty("profile");

        before.GetProperty("injury").ValueKind.ShouldBe(JsonValueKind.Null);
        (after.GetProperty("rehab").GetBoolean(), after.GetProperty("injury").GetString()).ShouldBe((true, "lower-back"));
    }

    private static async Task<List<JsonElement>> AthletesAsync(HttpClient coach)
    {
        var response = await coach.GetAsync("/api/v1/coach/athletes", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).EnumerateArray()];
    }
}
