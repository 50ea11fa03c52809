using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Profiles;

public sealed class ProfileApiTests
{
    internal static readonly object Profile = new
    {
        experience = "intermediate",
        bodyweightKg = 68.5,
        units = "lb",
        rehab = false,
        maxSessionMinutes = 50,
        sessionsPerWeek = 2,
        equipment = new[] { "barbell", "squat rack", "bench", "dumbbells" },
        maxes = new[] { new { exercise = "back squat", oneRepMaxKg = 115.0 }, new { exercise = "Deadlift", oneRepMaxKg = 120.0 } },
        runningWeek = new object[]
        {
            new { day = "sunday", kind = "long", minutes = 120, time = "am" },
            new { day = "tuesday", kind = "intervals", minutes = 70, time = "06:30" },
            new { day = "thursday", kind = "tempo", minutes = 60, time = (string?)null },
            new { day = "monday", kind = "easy", minutes = (int?)null, time = "pm" },
        },
    };

    private static readonly object Race = new { date = "2027-04-18", name = "Spring Marathon", distanceMeters = 42195.0, priority = "A" };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Profile_DefaultsUntilSaved_ThenReadsBackAsSaved(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");

        var before = await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync();
        before.GetProperty("experience").GetString().ShouldBe("novice");
        before.GetProperty("units").GetString().ShouldBe("kg");
        before.GetProperty("maxSessionMinutes").GetInt32().ShouldBe(60);
        before.GetProperty("equipment").GetArrayLength().ShouldBe(8);

        var put = await ann.PutAsJsonAsync("/api/v1/profile", Profile, Cancel);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync();
        after.GetProperty("experience").GetString().ShouldBe("intermediate");
        after.GetProperty("bodyweightKg").GetDouble().ShouldBe(68.5);
        after.GetProperty("units").GetString().ShouldBe("lb");
        after.GetProperty("sessionsPerWeek").GetInt32().ShouldBe(2);
        after.GetProperty("equipment").EnumerateArray().Select(e => e.GetString()).ShouldBe(["barbell", "rack", "bench", "dumbbells"]);
        // Exercise names become the catalog's; the week is ordered Monday first.
        after.GetProperty("maxes")[0].GetProperty("exercise").GetString().ShouldBe("Back Squat");
        after.GetProperty("maxes")[0].GetProperty("oneRepMaxKg").GetDouble().ShouldBe(115);
        after.GetProperty("runningWeek").EnumerateArray().Select(r => r.GetProperty("day").GetString()).ShouldBe(["monday", "tuesday", "thursday", "sunday"]);
        after.GetProperty("runningWeek")[1].GetProperty("time").GetString().ShouldBe("06:30");
        after.GetProperty("runningWeek")[0].GetProperty("minutes").ValueKind.ShouldBe(JsonValueKind.Null);

        // Another athlete sees only their own (default) profile.
        var bob = await factory.RegisterAsync("bob@example.com");
        (await (await bob.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("experience").GetString().ShouldBe("novice");
    }

    [Fact]
    public async Task Profile_InvalidFields_Are400NamingEach_AndNothingIsWritten()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");

        var response = await ann.PutAsJsonAsync("/api/v1/profile", new
        {
            experience = "expert",
            bodyweightKg = 5.0,
            units = "stone",
            rehab = false,
            injury = "elbow",
            maxHeartRate = 90,
            maxSessionMinutes = 10,
            sessionsPerWeek = 5,
            equipment = new[] { "barbell", "sled" },
            maxes = new[] { new { exercise = "Zorbing Flip", oneRepMaxKg = 100.0 }, new { exercise = "Back Squat", oneRepMaxKg = -1.0 }, new { exercise = "squat", oneRepMaxKg = 90.0 } },
            runningWeek = new[] { new { day = "someday", kind = "jog", minutes = 0, time = "25:00" } },
        }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(
        [
            "experience", "bodyweightKg", "units", "injury", "maxHeartRate", "maxSessionMinutes", "sessionsPerWeek", "equipment[1]",
            "maxes[0].exercise", "maxes[1].oneRepMaxKg", "maxes[2].exercise",
            "runningWeek[0].day", "runningWeek[0].kind", "runningWeek[0].minutes", "runningWeek[0].time",
        ], ignoreOrder: true);
        errors.GetProperty("maxes[2].exercise")[0].GetString()!.ShouldContain("already given at maxes[1]");
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("experience").GetString().ShouldBe("novice");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Injury_ReadsBackByItsName_IsKeptWithoutRehab_AndNullClearsIt(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("injury").ValueKind.ShouldBe(JsonValueKind.Null);

        // Any spelling InjurySites reads is taken, and answered with the site's name.
        var put = await ann.PutAsJsonAsync("/api/v1/profile", WithInjury(rehab: true, "Lower Back"), Cancel);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await put.JsonAsync()).GetProperty("injury").GetString().ShouldBe("lower-back");
        var saved = await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync();
        (saved.GetProperty("rehab").GetBoolean(), saved.GetProperty("injury").GetString()).ShouldBe((true, "lower-back"));
        (await StoredAsync(factory)).ShouldBe((true, InjurySite.LowerBack));

        // An injury without rehab is kept (the planner uses it only while rehab is on).
        (await ann.PutAsJsonAsync("/api/v1/profile", WithInjury(rehab: false, "achilles"), Cancel)).EnsureSuccessStatusCode();
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("injury").GetString().ShouldBe("achilles");
        (await StoredAsync(factory)).ShouldBe((false, InjurySite.Achilles));

        (await ann.PutAsJsonAsync("/api/v1/profile", WithInjury(rehab: true, null), Cancel)).EnsureSuccessStatusCode();
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("injury").ValueKind.ShouldBe(JsonValueKind.Null);
        (await StoredAsync(factory)).ShouldBe((true, (InjurySite?)null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MaxHeartRate_ReadsBackAsSaved_NullClearsIt_OutsideHundredTo250Is400(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);

        (await ann.PutAsJsonAsync("/api/v1/profile", WithMaxHeartRate(188), Cancel)).EnsureSuccessStatusCode();
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("maxHeartRate").GetInt32().ShouldBe(188);

        foreach (var wrong in new[] { 99, 251, -1 })
        {
            var refused = await ann.PutAsJsonAsync("/api/v1/profile", WithMaxHeartRate(wrong), Cancel);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.JsonAsync()).GetProperty("errors").GetProperty("maxHeartRate")[0].GetString()!.ShouldContain("between 100 and 250");
        }

        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("maxHeartRate").GetInt32().ShouldBe(188);
        (await ann.PutAsJsonAsync("/api/v1/profile", WithMaxHeartRate(null), Cancel)).EnsureSuccessStatusCode();
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Injury_Unknown_Is400NamingTheFieldAndTheChoices_AndNothingIsWritten()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", WithInjury(rehab: true, "knee"), Cancel)).EnsureSuccessStatusCode();

        var response = await ann.PutAsJsonAsync("/api/v1/profile", WithInjury(rehab: true, "elbow"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The profile is not valid");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["injury"]);
        var message = errors.GetProperty("injury")[0].GetString()!;
        message.ShouldContain("'elbow'");
        message.ShouldContain(InjurySites.Choices);
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("injury").GetString().ShouldBe("knee");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Races_AreTheAthletesOwn_AnotherAthletesIdIs404(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");

        var added = await ann.PostAsJsonAsync("/api/v1/races", Race, Cancel);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await added.JsonAsync()).GetProperty("id").GetInt64();
        added.Headers.Location!.ToString().ShouldBe($"/api/v1/races/{id}");
        _ = await ann.PostAsJsonAsync("/api/v1/races", new { date = "2027-03-14", distanceMeters = 21097.5, priority = "B" }, Cancel);

        (await (await bob.GetAsync("/api/v1/races", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
        (await bob.PutAsJsonAsync($"/api/v1/races/{id}", Race, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync($"/api/v1/races/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var races = await (await ann.GetAsync("/api/v1/races", Cancel)).JsonAsync();
        races.EnumerateArray().Select(r => r.GetProperty("date").GetString()).ShouldBe(["2027-03-14", "2027-04-18"]);
        races[1].GetProperty("name").GetString().ShouldBe("Spring Marathon");

        var changed = await ann.PutAsJsonAsync($"/api/v1/races/{id}", new { date = "2027-04-25", name = "Later Marathon", distanceMeters = 42195.0, priority = "A" }, Cancel);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.JsonAsync()).GetProperty("date").GetString().ShouldBe("2027-04-25");

        (await ann.DeleteAsync($"/api/v1/races/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await ann.GetAsync("/api/v1/races", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(1);
        (await ann.DeleteAsync($"/api/v1/races/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Race_InvalidFields_Are400NamingEach()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");

        var response = await ann.PostAsJsonAsync("/api/v1/races", new { date = "18/04/2027", distanceMeters = 0.0, priority = "D" }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["date", "distanceMeters", "priority"], ignoreOrder: true);
        (await (await ann.GetAsync("/api/v1/races", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    /// <summary>A valid profile with <paramref name="rehab"/> and <paramref name="injury"/> (null sent as JSON null).</summary>
    internal static object WithInjury(bool rehab, string? injury) => new
    {
        experience = "intermediate",
        units = "kg",
        rehab,
        injury,
        maxSessionMinutes = 50,
        equipment = new[] { "barbell", "rack" },
        maxes = Array.Empty<object>(),
        runningWeek = new[] { new { day = "sunday", kind = "long", minutes = 120, time = "am" } },
    };

    /// <summary>A valid profile with <paramref name="maxHeartRate"/> (null sent as JSON null).</summary>
    internal static object WithMaxHeartRate(int? maxHeartRate) => new
    {
        experience = "intermediate",
        units = "kg",
        rehab = false,
        maxHeartRate,
        maxSessionMinutes = 50,
        equipment = new[] { "barbell", "rack" },
        maxes = Array.Empty<object>(),
        runningWeek = Array.Empty<object>(),
    };

    /// <summary>The stored profile's rehab and injury, straight from the database.</summary>
    private static async Task<(bool Rehab, InjurySite? Injury)> StoredAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Profiles.AsNoTracking().SingleAsync(Cancel);
        return (profile.Rehab, profile.Injury);
    }

    [Theory]
    [InlineData("GET", "/api/v1/profile")]
    [InlineData("PUT", "/api/v1/profile")]
    [InlineData("GET", "/api/v1/races")]
    [InlineData("POST", "/api/v1/races")]
    [InlineData("PUT", "/api/v1/races/1")]
    [InlineData("DELETE", "/api/v1/races/1")]
    public async Task Anonymous_Is401(string method, string path)
    {
        await using var factory = WebFactory.With();

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "PUT" or "POST" ? JsonContent.Create(new { }) : null };

        var response = await factory.CreateClient().SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
