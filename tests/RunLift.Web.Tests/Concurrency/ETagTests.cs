using System.Net;
using System.Net.Http.Json;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Log;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Concurrency;

/// <summary>
/// Optimistic concurrency: sessions, runs, the profile and saved plans send their version as an ETag, and a change sent
/// with If-Match is made only over that version (412 otherwise, changing nothing); without If-Match, as before.
/// </summary>
public sealed class ETagTests
{
    [Fact]
    public async Task Session_ChangedWithAStaleETag_Is412AndKeepsTheOtherChange()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var location = (await ann.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(), Cancel)).Headers.Location!.ToString();
        var read = await ann.GetAsync(location, Cancel);
        var etag = read.Headers.ETag!.ToString();
        etag.ShouldBe("\"1\"");

        var phone = await SendAsync(ann, HttpMethod.Put, location, SessionsApiTests.Squats(loadKg: 102.5), etag);
        var laptop = await SendAsync(ann, HttpMethod.Put, location, SessionsApiTests.Squats(loadKg: 90), etag);

        phone.StatusCode.ShouldBe(HttpStatusCode.OK);
        phone.Headers.ETag!.ToString().ShouldBe("\"2\"");
        laptop.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await laptop.JsonAsync()).GetProperty("title").GetString().ShouldBe("Changed since you read it");
        var now = await ann.GetAsync(location, Cancel);
        now.Headers.ETag!.ToString().ShouldBe("\"2\"");
        (await now.JsonAsync()).GetProperty("sets")[1].GetProperty("loadKg").GetDouble().ShouldBe(102.5);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"1\"", HttpStatusCode.OK)]
    [InlineData("\"7\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("not an etag", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"-1\"", HttpStatusCode.PreconditionFailed)]
    public async Task Run_IfMatch_ChangesOnlyTheVersionItNames(string? ifMatch, HttpStatusCode expected)
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var location = (await ann.PostAsJsonAsync("/api/v1/runs", RunsApiTests.Tempo(), Cancel)).Headers.Location!.ToString();

        var changed = await SendAsync(ann, HttpMethod.Put, location, RunsApiTests.Tempo("2025-03-06"), ifMatch);

        changed.StatusCode.ShouldBe(expected);
        var date = (await (await ann.GetAsync(location, Cancel)).JsonAsync()).GetProperty("date").GetString();
        date.ShouldBe(expected == HttpStatusCode.OK ? "2025-03-06" : "2025-03-05");
    }

    [Fact]
    public async Task Profile_BeforeOneIsStored_ETag0CreatesItOnlyOnce()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var etag = (await ann.GetAsync("/api/v1/profile", Cancel)).Headers.ETag!.ToString();
        etag.ShouldBe("\"0\"");

        var first = await SendAsync(ann, HttpMethod.Put, "/api/v1/profile", ProfileApiTests.Profile, etag);
        var second = await SendAsync(ann, HttpMethod.Put, "/api/v1/profile", ProfileApiTests.Profile, etag);
        var unconditional = await ann.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.ToString().ShouldBe("\"1\"");
        second.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        unconditional.StatusCode.ShouldBe(HttpStatusCode.OK);
        unconditional.Headers.ETag!.ToString().ShouldBe("\"2\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Profile_FirstSavedFromEightDevicesAtOnce_NoneFailsUnlessItAskedForNoneYet(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var devices = new List<HttpClient> { await factory.RegisterAsync("ann@example.com") };
        for (var i = 1; i < 8; i++)
        {
            devices.Add(await factory.SignInAsync("ann@example.com"));
        }

        // Half send no If-Match (the last one wins), half If-Match "0" (only one of them creates it).
        var answers = await Task.WhenAll(devices.Select((device, i) => i % 2 == 0
            ? device.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)
            : SendAsync(device, HttpMethod.Put, "/api/v1/profile", ProfileApiTests.Profile, "\"0\"")));

        var unconditional = answers.Where((_, i) => i % 2 == 0).Select(a => a.StatusCode).ToList();
        var conditional = answers.Where((_, i) => i % 2 == 1).Select(a => a.StatusCode).ToList();
        unconditional.ShouldAllBe(status => status == HttpStatusCode.OK);
        conditional.ShouldAllBe(status => status == HttpStatusCode.OK || status == HttpStatusCode.PreconditionFailed);
        conditional.Count(status => status == HttpStatusCode.OK).ShouldBeLessThanOrEqualTo(1);
        (await devices[0].GetAsync("/api/v1/profile", Cancel)).Headers.ETag!.ToString()
            .ShouldBe($"\"{answers.Count(a => a.StatusCode == HttpStatusCode.OK)}\"");
    }

    [Fact]
    public async Task SavedPlan_RegeneratedWithAStaleETag_Is412()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var id = (await (await ann.PostAsJsonAsync("/api/v1/saved-plans", new { start = "2026-11-30", weeks = 4 }, Cancel)).JsonAsync()).GetProperty("id").GetInt64();
        var etag = (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).Headers.ETag!.ToString();

        var first = await SendAsync(ann, HttpMethod.Post, $"/api/v1/saved-plans/{id}/regenerate", null, etag);
        var stale = await SendAsync(ann, HttpMethod.Post, $"/api/v1/saved-plans/{id}/regenerate", null, etag);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Session_ChangedFromFourDevicesAtOnceWithOneETag_ExactlyOneWins(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var devices = new List<HttpClient> { await factory.RegisterAsync("ann@example.com") };
        for (var i = 1; i < 4; i++)
        {
            devices.Add(await factory.SignInAsync("ann@example.com"));
        }

        var location = (await devices[0].PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(), Cancel)).Headers.Location!.ToString();

        var answers = await Task.WhenAll(devices.Select((device, i) => SendAsync(device, HttpMethod.Put, location, SessionsApiTests.Squats(loadKg: 100 + i), "\"1\"")));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(3);
        (await devices[0].GetAsync(location, Cancel)).Headers.ETag!.ToString().ShouldBe("\"2\"");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Cancel);
    }
}
