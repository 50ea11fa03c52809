using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Data.Profiles;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Web.Tests.Features.Progress.SeededLog;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Progress;

/// <summary>
/// The progress report's training load over HTTP: each day's running and lifting load (minutes × effort on the CR-10
/// scale), fitness, fatigue and form averaged from the first day of the log, and the weeks' sums.
/// </summary>
public sealed class ProgressLoadApiTests
{
    // Wednesday of the ISO week that starts on Monday 16 March 2026.
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);

    // The daily loads of Cat's log (maximum heart rate 200):
    //   2 Mar  easy run, 30 min, no heart rate: 30 × 3 = 90
    //   9 Mar  easy run, 60 min, no heart rate: 60 × 3 = 180
    //  10 Mar  intervals, 45 min at 160 bpm (80 %: 6): 270; a session of 40 min at session RPE 7: 280
    //  11 Mar  a session without any RPE: its minutes, no load
    //  12 Mar  a session at session RPE 8 without a recorded length: estimated 5 min + 3 × (5 × 4 s + 180 s) = 15 min: 120
    //  15 Mar  long run, 90 min at 130 bpm (65 %: 3): 270
    //  17 Mar  race, 30 min, no heart rate: 30 × 9 = 270; a session of 30 min whose sets' mean RPE is 7.5: 225
    // Fitness and fatigue: f += 2/43 × (load − f), a += 1/4 × (load − a) each day from 0 before 2 Mar, so 2 Mar is
    // 90 × 2/43 = 4.2 and 90 / 4 = 22.5; 9 Mar 3.146 + 2/43 × (180 − 3.146) = 11.4 and 4.005 + (180 − 4.005) / 4 = 48.0.
    private static readonly string[] DaysFromNinthMarch =
    [
        "2026-03-09 180 0 11.4 48 -36.6",
        "2026-03-10 270 280 36.4 173.5 -137.1",
        "2026-03-11 0 0 34.7 130.1 -95.4",
        "2026-03-12 0 120 38.7 127.6 -88.9",
        "2026-03-13 0 0 36.9 95.7 -58.8",
        "2026-03-14 0 0 35.2 71.8 -36.6",
        "2026-03-15 270 0 46.1 121.3 -75.2",
        "2026-03-16 0 0 44 91 -47",
        "2026-03-17 270 225 64.9 192 -127.1",
        "2026-03-18 0 0 61.9 144 -82.1",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Loads_OfASmallLog_MatchTheHandComputedDaysAndWeeks(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("cat@example.com");
        await SeedCatAsync(factory, await factory.AccountIdAsync("cat@example.com"));

        var json = await (await client.GetAsync("/api/v1/progress?weeks=3", Cancel)).JsonAsync();

        // Every day from the Monday of the first week to today.
        var days = Days(json);
        days.Count.ShouldBe(17);
        days[0].ShouldBe("2026-03-02 90 0 4.2 22.5 -18.3");
        days[1].ShouldBe("2026-03-03 0 0 4 16.9 -12.9");
        days[7..].ShouldBe(DaysFromNinthMarch);

        Weeks(json).ShouldBe([
            "2026-03-02 90 0 0",
            "2026-03-09 720 400 400",
            "2026-03-16 270 225 225",
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fitness_IsWarmedUpFromTheFirstDayOfTheLog_WhenTheRangeStartsLater(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("cat@example.com");
        await SeedCatAsync(factory, await factory.AccountIdAsync("cat@example.com"));

        var json = await (await client.GetAsync("/api/v1/progress?weeks=2", Cancel)).JsonAsync();

        // The run of 2 March is before the range, and still in the averages: 9 March's fitness is 11.4, not 180 × 2/43 = 8.4.
        Days(json).ShouldBe(DaysFromNinthMarch);
        Weeks(json).ShouldBe(["2026-03-09 720 400 400", "2026-03-16 270 225 225"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunsWithAHeartRate_AreLoadedByTheirKind_WithoutAMaximum(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("cat@example.com");
        await SeedCatAsync(factory, await factory.AccountIdAsync("cat@example.com"));
        (await client.PutAsJsonAsync("/api/v1/profile", Profiles.ProfileApiTests.WithMaxHeartRate(null), Cancel)).EnsureSuccessStatusCode();

        var json = await (await client.GetAsync("/api/v1/progress?weeks=2", Cancel)).JsonAsync();

        // Intervals 45 × 8 = 360, the long run 90 × 4 = 360; the runs without a heart rate are as they were.
        var days = Days(json);
        days[1].ShouldStartWith("2026-03-10 360 280 ");
        days[6].ShouldStartWith("2026-03-15 360 0 ");
        Weeks(json)[0].ShouldBe("2026-03-09 900 400 400");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Days_EndOnTheAthletesToday_InTheirZone(DatabaseProvider provider)
    {
        // 12:00 UTC on Wednesday is 01:00 on Thursday in Auckland.
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now.AddHours(2)));
        var client = await factory.RegisterAsync("cat@example.com");
        await SeedCatAsync(factory, await factory.AccountIdAsync("cat@example.com"), "Pacific/Auckland");

        var json = await (await client.GetAsync("/api/v1/progress?weeks=1", Cancel)).JsonAsync();

        // 61.92 × 41/43 = 59.0 and 144.0 × 3/4 = 108.0.
        Days(json).ShouldBe([
            "2026-03-16 0 0 44 91 -47",
            "2026-03-17 270 225 64.9 192 -127.1",
            "2026-03-18 0 0 61.9 144 -82.1",
            "2026-03-19 0 0 59 108 -49",
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAthlete_SeesNoneOfCatsLoad(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        _ = await factory.RegisterAsync("cat@example.com");
        var dan = await factory.RegisterAsync("dan@example.com");
        await SeedCatAsync(factory, await factory.AccountIdAsync("cat@example.com"));

        var json = await (await dan.GetAsync("/api/v1/progress?weeks=3", Cancel)).JsonAsync();

        Days(json).Count.ShouldBe(17);
        Days(json).ShouldAllBe(d => d.EndsWith(" 0 0 0 0 0", StringComparison.Ordinal));
        Weeks(json).ShouldAllBe(w => w.EndsWith(" 0 0 0", StringComparison.Ordinal));
    }

    internal static async Task SeedCatAsync(WebFactory factory, string cat, string? timeZone = null)
    {
        await factory.SeedAsync(
            new Profile { AccountId = cat, MaxHeartRate = 200, TimeZone = timeZone },
            Run(cat, "2026-03-02", RunKind.Easy, 1800),
            Run(cat, "2026-03-09", RunKind.Easy, 3600),
            Run(cat, "2026-03-10", RunKind.Intervals, 2700, heartRate: 160),
            Session(cat, "2026-03-10", "Strength A", 40, 7, Set("back-squat", 5, 100, 8, 180)),
            Session(cat, "2026-03-11", "Hotel gym", 30, null, Set("goblet-squat", 10, 20, restSeconds: 60)),
            Session(cat, "2026-03-12", "Strength B", null, 8,
                Set("back-squat", 5, 100, 8, 180), Set("back-squat", 5, 100, 8, 180), Set("back-squat", 5, 100, 8, 180)),
            Run(cat, "2026-03-15", RunKind.Long, 5400, heartRate: 130),
            Run(cat, "2026-03-17", RunKind.Race, 1800),
            Session(cat, "2026-03-17", "Upper", 30, null, Set("bench-press", 8, 60, 7), Set("bench-press", 8, 60, 8)));
    }

    /// <summary>Each day as "date runningLoad strengthLoad fitness fatigue form".</summary>
    private static List<string> Days(JsonElement json) =>
    [
        .. json.GetProperty("days").EnumerateArray().Select(d => string.Join(' ',
            d.GetProperty("date").GetString(),
            Number(d, "runningLoad"), Number(d, "strengthLoad"), Number(d, "fitness"), Number(d, "fatigue"), Number(d, "form"))),
    ];

    /// <summary>Each week as "weekStart runningLoad strengthLoad strengthLoadRpeMinutes".</summary>
    private static List<string> Weeks(JsonElement json) =>
    [
        .. json.GetProperty("weeks").EnumerateArray().Select(w => string.Join(' ',
            w.GetProperty("weekStart").GetString(), Number(w, "runningLoad"), Number(w, "strengthLoad"), Number(w, "strengthLoadRpeMinutes"))),
    ];

    private static string Number(JsonElement element, string name) => element.GetProperty(name).GetDouble().ToString(CultureInfo.InvariantCulture);
}
