using RunLift.Data.Accounts;
using RunLift.Data.Log;
using RunLift.Data.Plans;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Data.Tests.Plans;

/// <summary>What following a plan reads of the log: the athlete's sessions in the days asked for, with their working sets by exercise.</summary>
public sealed class PlanFollowingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

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
        new() { AccountId = account, Date = date, WeekStart = Time.IsoWeek.MondayOf(date), Name = name, Sets = [.. sets.Select((s, i) => { s.Position = i; return s; })] };

    private static LoggedSet Set(string? exerciseId, SetKind kind = SetKind.Working) =>
        new() { ExerciseName = exerciseId ?? "Mystery Lift", ExerciseId = exerciseId, Kind = kind, Reps = 5, LoadKg = 60 };
}
