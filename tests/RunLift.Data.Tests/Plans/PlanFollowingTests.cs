using RunLift.Catalog;
using RunLift.Data.Accounts;
using RunLift.Data.Log;
using RunLift.Data.Plans;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Data.Tests.Plans;

/// <summary>What following a plan reads of the database: the athlete's sessions in the days asked for, and the same calendar days whatever range they are asked in.</summary>
public sealed class PlanFollowingTests
{
    private static readonly DateOnly January = new(2026, 1, 5);
    private static readonly DateOnly February = new(2026, 2, 2);
    private static readonly DateOnly May = new(2026, 5, 4);
    private static readonly DateOnly Today = new(2026, 4, 1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APlanThatTookOverAndEnded_StillHoldsTheOlderPlanBack_InARangeAfterIt(DatabaseProvider provider)
    {
        // Twenty weeks from January; then two weeks from February, saved later: the January plan stops there for good.
        await using var database = await AthleteDatabase.CreateAsync(provider, Saved(January, 20), Saved(February, 2));
        await using var db = database.NewContext();

        var mayAlone = await PlanFollowing.FollowAsync(db, ExerciseCatalog.Default, AthleteDatabase.AccountId, May, May.AddDays(27), Today, Cancel);
        var fromFebruary = await PlanFollowing.FollowAsync(db, ExerciseCatalog.Default, AthleteDatabase.AccountId, February, May.AddDays(27), Today, Cancel);

        mayAlone.Days(May, May.AddDays(27)).ShouldAllBe(d => d.Planned.Count == 0);
        fromFebruary.Days(May, May.AddDays(27)).ShouldAllBe(d => d.Planned.Count == 0);
        fromFebruary.Days(February, February.AddDays(13)).Count(d => d.Planned.Count > 0).ShouldBeGreaterThan(0);
        mayAlone.Plans.Select(p => p.Plan.Start).ShouldBe([January], "the plan that ended before May has nothing to show in it");
    }

    private static SavedPlan Saved(DateOnly start, int weeks)
    {
        var request = new PlanRequest
        {
            Start = start,
            Weeks = weeks,
            RunningWeek = [new Run(RunKind.Intervals) { Day = DayOfWeek.Tuesday, Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am }],
            SessionsPerWeek = 2,
        };
        var plan = new Planner(ExerciseCatalog.Default).Plan(request);
        return new SavedPlan
        {
            AccountId = AthleteDatabase.AccountId,
            Name = $"From {start:yyyy-MM-dd}",
            RequestYaml = PlanRequestYamlWriter.ToYaml(request),
            PlanJson = PlanJsonWriter.ToJson(plan),
            Start = start,
            End = IsoWeek.SundayOf(plan.Weeks[^1].Start),
        };
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Logged_CountsEachSessionsWorkingSetsByExercise_InTheDaysAskedFor_OfThatAthleteOnly(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider,
            new Account { Id = "bob", UserName = "bob@example.com", Email = "bob@example.com", NormalizedEmail = "BOB@EXAMPLE.COM" },
            Session(AthleteDatabase.AccountId, new DateOnly(2026, 11, 30), "Strength A",
                Set("back-squat", SetKind.Warmup), Set("back-squat"), Set("back-squat"), Set("bench-press"), Set(null)),
            Session(AthleteDatabase.AccountId, new DateOnly(2026, 12, 3), "Strength B", Set("deadlift", SetKind.Drop), Set("deadlift")),
            Session(AthleteDatabase.AccountId, new DateOnly(2026, 12, 10), "Too late", Set("deadlift")),
            Session("bob", new DateOnly(2026, 12, 1), "Bob's", Set("back-squat")));
        await using var db = database.NewContext();

        var logged = await PlanFollowing.LoggedAsync(db, AthleteDatabase.AccountId, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6), Cancel);

        logged.Select(l => $"{l.Date:MM-dd} {l.Name}: {string.Join(", ", l.Lifts.OrderBy(w => w.ExerciseId).Select(w => $"{w.ExerciseId ?? "?"} {w.WorkingSets}"))}")
            .ShouldBe(["11-30 Strength A: ? 1, back-squat 2, bench-press 1", "12-03 Strength B: deadlift 2"]);
    }

    private static LoggedSession Session(string account, DateOnly date, string name, params LoggedSet[] sets) =>
        new() { AccountId = account, Date = date, WeekStart = IsoWeek.MondayOf(date), Name = name, Sets = [.. sets.Select((s, i) => { s.Position = i; return s; })] };

    private static LoggedSet Set(string? exerciseId, SetKind kind = SetKind.Working) =>
        new() { ExerciseName = exerciseId ?? "Mystery Lift", ExerciseId = exerciseId, Kind = kind, Reps = 5, LoadKg = 60 };
}
