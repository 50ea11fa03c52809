using RunLift.Time;
using RunLift.Training;

namespace RunLift.Testing;

/// <summary>Terse builders for routines and logs in tests.</summary>
public static class TrainingBuilder
{
    /// <summary><paramref name="count"/> identical working sets.</summary>
    public static ExerciseEntry Lift(string name, int count, int reps, double? percent = null, double? kg = null, double? rpe = null,
        int? restSeconds = null, bool failure = false, bool perSide = false, string? superset = null) =>
        new(name, [.. Enumerable.Repeat(new TrainingSet
        {
            Reps = reps,
            PercentOneRepMax = percent,
            Load = kg is { } k ? Load.FromKilograms(k) : null,
            Rpe = rpe is { } r ? Rpe.Of(r) : null,
            Rest = restSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            ToFailure = failure,
            PerSide = perSide,
        }, count)])
        { Superset = superset };

    /// <summary>A session on a weekday of a weekly routine.</summary>
    public static TrainingSession On(DayOfWeek day, string name, params ExerciseEntry[] exercises) =>
        new() { Name = name, Day = day, Exercises = exercises };

    /// <summary>A session on a date of a log.</summary>
    public static TrainingSession On(DateOnly date, string name, params ExerciseEntry[] exercises) =>
        new() { Name = name, Date = date, Exercises = exercises };

    /// <summary>A whole-body session of heavy compound lifts, calves, core and jumps: breaks no rule.</summary>
    public static ExerciseEntry[] WholeBodyHeavy() =>
    [
        Lift("Box Jump", 3, 5),
        Lift("Back Squat", 4, 5, percent: 85, restSeconds: 180),
        Lift("Romanian Deadlift", 3, 6, rpe: 8, restSeconds: 150),
        Lift("Bench Press", 3, 5, rpe: 8, restSeconds: 150),
        Lift("Pull-Up", 3, 5, rpe: 8, restSeconds: 150),
        Lift("Calf Raise", 3, 8, rpe: 8, restSeconds: 90),
        Lift("Pallof Press", 2, 10, perSide: true, restSeconds: 60),
    ];

    /// <summary>A weekly routine of <paramref name="sessions"/>.</summary>
    public static TrainingDocument Weekly(params TrainingSession[] sessions) =>
        new() { Sources = ["test.yaml"], Sessions = sessions, Athlete = new Athlete { Experience = Experience.Intermediate } };

    /// <summary>A log of <paramref name="sessions"/>.</summary>
    public static TrainingDocument Log(params TrainingSession[] sessions) =>
        new() { Sources = ["log.csv"], Sessions = sessions, Athlete = new Athlete { Experience = Experience.Intermediate } };

    /// <summary>
    /// <paramref name="log"/> exported after its last week ended: an easy run on that week's Sunday, and a Monday run
    /// before its first session's week, so that the log covers its first and last weeks whole (not "partial").
    /// </summary>
    public static TrainingDocument WholeWeeks(this TrainingDocument log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var dates = log.Sessions.Select(s => s.Date!.Value).ToList();
        var monday = IsoWeek.MondayOf(dates.Min());
        var sunday = IsoWeek.MondayOf(dates.Max()).AddDays(6);
        return log with
        {
            Runs = [.. log.Runs, new Run(RunKind.Easy) { Date = monday, Duration = TimeSpan.FromMinutes(30) }, new Run(RunKind.Easy) { Date = sunday, Duration = TimeSpan.FromMinutes(30) }],
        };
    }

    /// <summary>A runner's good week: two whole-body heavy sessions, Tuesday and Friday.</summary>
    public static TrainingDocument GoodWeek() => Weekly(
        On(DayOfWeek.Tuesday, "Strength A", WholeBodyHeavy()),
        On(DayOfWeek.Friday, "Strength B", WholeBodyHeavy()));

    /// <summary>A key run on a weekday.</summary>
    public static Run KeyRun(RunKind kind, DayOfWeek day, TimeOfDay? time = null, int? minutes = null) =>
        new(kind) { Day = day, Time = time, Duration = minutes is { } m ? TimeSpan.FromMinutes(m) : null };
}
