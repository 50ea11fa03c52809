using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Formats.Fit;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

public sealed class GarminWorkoutsApiTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private static async Task<(HttpClient Client, long PlanId)> SavedPlanAsync(WebFactory factory, string email)
    {
        var client = await factory.RegisterAsync(email);
        (await client.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var response = await client.PostAsJsonAsync("/api/v1/saved-plans", new { start = "2026-11-30", weeks = 4 }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (client, (await response.JsonAsync()).GetProperty("id").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_saved_plan_downloads_as_one_garmin_workout_per_session_the_same_bytes_each_time(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: Clock);
        var (ann, id) = await SavedPlanAsync(factory, "ann@example.com");
        var sessions = (await (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).JsonAsync()).GetProperty("sessions").GetArrayLength();

        var response = await ann.GetAsync($"/api/v1/saved-plans/{id}/garmin", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith("-garmin.zip");
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        (await ann.GetByteArrayAsync($"/api/v1/saved-plans/{id}/garmin", Cancel)).ShouldBe(bytes);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        zip.Entries.Count.ShouldBe(sessions);
        sessions.ShouldBeGreaterThan(0);
        foreach (var entry in zip.Entries)
        {
            entry.Name.ShouldEndWith(".fit");
            await using var content = await entry.OpenAsync(Cancel);
            var workout = FitWorkoutReader.Read(entry.Name, content);
            workout.Steps.ShouldNotBeEmpty();
            workout.Steps.ShouldContain(s => s.DurationType == FitStepDuration.Reps && s.ExerciseCategory != null);
        }

        var first = zip.Entries[0];
        var one = await ann.GetAsync($"/api/v1/saved-plans/{id}/garmin/{first.Name}", Cancel);
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        one.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.ant.fit");
        await using var inZip = await first.OpenAsync(Cancel);
        using var expected = new MemoryStream();
        await inZip.CopyToAsync(expected, Cancel);
        (await one.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(expected.ToArray());
        (await ann.GetAsync($"/api/v1/saved-plans/{id}/garmin/no-such-session.fit", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_athletes_plan_has_no_garmin_workouts(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: Clock);
        var (ann, id) = await SavedPlanAsync(factory, "ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var name = new ZipArchive(new MemoryStream(await ann.GetByteArrayAsync($"/api/v1/saved-plans/{id}/garmin", Cancel))).Entries[0].Name;

        (await bob.GetAsync($"/api/v1/saved-plans/{id}/garmin", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetAsync($"/api/v1/saved-plans/{id}/garmin/{name}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
