using RunLift.Catalog;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Formats.Fit;

/// <summary>
/// Turns an activity's messages into the log: strength sessions with their sets, runs, and the sessions of other
/// training sports (cycling, swimming, ...) as cross-training; sessions that are not training (driving) are listed as skipped.
/// </summary>
internal static class FitActivities
{
    private const byte Running = 1;
    private const byte Training = 10;
    private const byte StrengthTraining = 20;
    private const byte RestSet = 0;
    private static readonly TimeSpan MaxUtcOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// The training in <paramref name="fit"/>. Times are the wearer's wall clock: the activity message's local
    /// timestamp says it; a file without one is read in <paramref name="zone"/>.
    /// </summary>
    public static TrainingDocument Read(string file, FitContent fit, ExerciseCatalog catalog, TimeZoneInfo zone)
    {
        var offset = UtcOffset(fit);
        var sessions = new List<TrainingSession>();
        var runs = new List<Run>();
        var crossTraining = new List<CrossTraining>();
        var skipped = new List<SkippedInput>();
        var undated = 0;
        var setsBySession = AssignSets(fit);
        for (var i = 0; i < fit.Sessions.Count; i++)
        {
            var session = fit.Sessions[i];
            var sets = setsBySession[i];
            var isRun = session.Sport == Running;
            var start = FitTime.ToDateTime(session.StartTime ?? 0);
            var isLifting = sets.Count > 0 || (session.Sport == Training && session.SubSport == StrengthTraining);
            var crossSport = isRun || isLifting ? null : FitSports.TrainingName(session.Sport, session.SubSport);
            if (!isRun && !isLifting && crossSport is null)
            {
                skipped.Add(new SkippedInput(file, $"session {i + 1}{On(start)} is {FitSports.Describe(session.Sport)}, not training"));
                continue;
            }

            if (start is null)
            {
                skipped.Add(new SkippedInput(file, $"session {i + 1} has no start time on the clock (the device's clock was not set), so it cannot be dated"));
                undated++;
                continue;
            }

            var local = Local(start.Value, offset, zone);
            var date = DateOnly.FromDateTime(local);
            var time = TimeOfDay.At(TimeOnly.FromDateTime(local));
            var name = SessionName(fit, i, crossSport is not null ? session.Sport ?? 0 : isRun ? Running : Training);
            if (crossSport is not null)
            {
                if ((Milliseconds(session.TimerMilliseconds) ?? Milliseconds(session.ElapsedMilliseconds)) is not { } duration || duration <= TimeSpan.Zero)
                {
                    skipped.Add(new SkippedInput(file, $"session {i + 1}{On(start)} ({crossSport}) has no recorded time, so it adds nothing to the week's load"));
                    continue;
                }

                crossTraining.Add(new CrossTraining
                {
                    Sport = CrossTraining.SportName(crossSport),
                    Date = date,
                    Time = time,
                    Duration = duration,
                    Distance = session.DistanceCentimeters is { } meters and > 0 ? Distance.FromMeters(meters / 100.0) : null,
                    AverageHeartRate = session.AverageHeartRate,
                    Name = name,
                });
            }
            else if (isRun)
            {
                // The kind is decided with the other runs of the input (RunClassifier), from the name and the laps.
                runs.Add(new Run(RunKind.Easy)
                {
                    Date = date,
                    Time = time,
                    Duration = Milliseconds(session.TimerMilliseconds),
                    Distance = session.DistanceCentimeters is { } cm and > 0 ? Distance.FromMeters(cm / 100.0) : null,
                    AverageHeartRate = session.AverageHeartRate,
                    Name = name,
                    Laps = LapsOf(fit, session),
                });
            }
            else
            {
                sessions.Add(new TrainingSession
                {
                    Name = name ?? "Strength",
                    Date = date,
                    Time = time,
                    Duration = Milliseconds(session.ElapsedMilliseconds),
                    Exercises = Exercises(sets, catalog),
                });
            }
        }

        if (fit.Sessions.Count == 0 && fit.Sets.Count > 0)
        {
            // A file with sets but no session message (cut short before the watch wrote it): the sets still date it.
            var sets = SortSets(fit.Sets);
            if (FitTime.ToDateTime(sets[0].StartTime ?? 0) is { } start)
            {
                var local = Local(start, offset, zone);
                sessions.Add(new TrainingSession
                {
                    Name = fit.WorkoutName ?? "Strength",
                    Date = DateOnly.FromDateTime(local),
                    Time = TimeOfDay.At(TimeOnly.FromDateTime(local)),
                    Exercises = Exercises(sets, catalog),
                });
            }
            else
            {
                undated++;
            }
        }

        if (undated > 0 && sessions.Count == 0 && runs.Count == 0 && crossTraining.Count == 0)
        {
            throw new InputException(file, "has no usable date: the device's clock was not set when it was recorded (its times count from when it was switched on)");
        }

        return new TrainingDocument { Sessions = sessions, Runs = runs, CrossTraining = crossTraining, Skipped = skipped };
    }

    /// <summary>The wearer's offset from UTC: the activity message's local timestamp minus its timestamp, or null.</summary>
    private static TimeSpan? UtcOffset(FitContent fit)
    {
        if (fit.ActivityTimestamp is not { } utc || fit.ActivityLocalTimestamp is not { } local
            || FitTime.ToDateTime(utc) is null || FitTime.ToDateTime(local) is null)
        {
            return null;
        }

        var offset = TimeSpan.FromSeconds((long)local - utc);
        return offset.Duration() <= MaxUtcOffset ? TimeSpan.FromMinutes(Math.Round(offset.TotalMinutes)) : null;
    }

    private static DateTime Local(DateTimeOffset start, TimeSpan? offset, TimeZoneInfo zone) =>
        offset is { } known ? start.ToOffset(known).DateTime : AthleteClock.LocalDateTime(start, zone);

    private static string On(DateTimeOffset? start) => start is { } at ? $" on {at:yyyy-MM-dd}" : "";

    private static string? SessionName(FitContent fit, int index, byte sport)
    {
        if (fit.WorkoutName is { } workout && (fit.WorkoutSport is null || fit.WorkoutSport == sport))
        {
            return workout;
        }

        return fit.Sessions[index].ProfileName ?? (index < fit.Sports.Count ? fit.Sports[index].Name : null);
    }

    /// <summary>
    /// The sets of each session: those that started within its time span (the first such session in the file when
    /// spans overlap), or else after its start and before the next session's (the latest start before the set); a set
    /// before every session, or without a time, goes to the first. Runs get none. One pass over the sets in time order
    /// with the sessions in start order: a file with thousands of each costs thousands of steps, not millions.
    /// </summary>
    private static List<FitSet>[] AssignSets(FitContent fit)
    {
        var bySession = new List<FitSet>[fit.Sessions.Count];
        for (var i = 0; i < bySession.Length; i++)
        {
            bySession[i] = [];
        }

        var lifting = Enumerable.Range(0, fit.Sessions.Count).Where(i => fit.Sessions[i].Sport != Running).ToList();
        if (lifting.Count == 0)
        {
            return bySession;
        }

        // Sessions by start, the later in the file last among equal starts: the one "before" a set is the last started.
        var byStart = lifting.Where(i => fit.Sessions[i].StartTime is not null).OrderBy(i => fit.Sessions[i].StartTime).ThenBy(i => i).ToList();
        var open = new SortedSet<int>();
        var closing = new PriorityQueue<int, long>();
        var started = 0;
        foreach (var set in SortSets(fit.Sets))
        {
            var target = lifting[0];
            if (set.StartTime is { } at)
            {
                for (; started < byStart.Count && fit.Sessions[byStart[started]].StartTime <= at; started++)
                {
                    var session = byStart[started];
                    open.Add(session);
                    closing.Enqueue(session, End(fit.Sessions[session]));
                }

                while (closing.TryPeek(out var session, out var end) && end < at)
                {
                    closing.Dequeue();
                    open.Remove(session);
                }

                target = open.Count > 0 ? open.Min : started > 0 ? byStart[started - 1] : target;
            }

            bySession[target].Add(set);
        }

        return bySession;
    }

    /// <summary>When a session ends, in FIT seconds: its start plus its elapsed time.</summary>
    private static long End(FitSession session) => (long)session.StartTime!.Value + ((session.ElapsedMilliseconds ?? 0) / 1000);

    /// <summary>By start time, then message index: a Forerunner gives every set of a session the same timestamp.</summary>
    private static List<FitSet> SortSets(IEnumerable<FitSet> sets) =>
        [.. sets.OrderBy(s => s.StartTime ?? uint.MaxValue).ThenBy(s => s.MessageIndex ?? int.MaxValue).ThenBy(s => s.Order)];

    /// <summary>
    /// Active sets in order, consecutive sets of one exercise in one entry; a rest set becomes the rest of the active
    /// set before it.
    /// </summary>
    private static List<ExerciseEntry> Exercises(List<FitSet> sets, ExerciseCatalog catalog)
    {
        var entries = new List<(FitSet First, List<TrainingSet> Sets)>();
        foreach (var set in sets)
        {
            if (set.SetType == RestSet)
            {
                if (entries.Count > 0 && Milliseconds(set.DurationMilliseconds) is { } rest)
                {
                    var last = entries[^1].Sets;
                    last[^1] = last[^1] with { Rest = (last[^1].Rest ?? TimeSpan.Zero) + rest };
                }

                continue;
            }

            if (entries.Count == 0 || !SameExercise(entries[^1].First, set))
            {
                entries.Add((set, []));
            }

            entries[^1].Sets.Add(new TrainingSet
            {
                Reps = set.Repetitions is { } reps and > 0 ? reps : null,
                Load = set.Weight16 is { } weight and > 0 ? Load.FromKilograms(weight / 16.0) : null,
                Duration = Milliseconds(set.DurationMilliseconds),
            });
        }

        return [.. entries.Select(e => GarminExerciseNames.Entry(catalog, e.First.Categories, e.First.Subtypes, e.Sets))];
    }

    /// <summary>Consecutive sets are one exercise when the watch gave them the same guesses.</summary>
    private static bool SameExercise(FitSet a, FitSet b) => a.Categories.SequenceEqual(b.Categories) && a.Subtypes.SequenceEqual(b.Subtypes);

    private static TimeSpan? Milliseconds(uint? value) => value is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    /// <summary>
    /// The laps that started within the session's time span, in order: a multisport file's laps belong to the session
    /// they fall in. A lap's intensity says a structured workout's steps: active and interval are work, rest and recovery
    /// rest; a lap without one (an auto lap) says nothing.
    /// </summary>
    private static List<RunLap> LapsOf(FitContent fit, FitSession session)
    {
        var laps = new List<RunLap>();
        if (session.StartTime is not { } start)
        {
            return laps;
        }

        var end = start + ((session.ElapsedMilliseconds ?? 0) / 1000);
        foreach (var lap in fit.Laps)
        {
            if (lap.StartTime is not { } at || at < start || at > end)
            {
                continue;
            }

            laps.Add(new RunLap(Milliseconds(lap.TimerMilliseconds) ?? TimeSpan.Zero)
            {
                Distance = lap.DistanceCentimeters is { } cm and > 0 ? Distance.FromMeters(cm / 100.0) : null,
                AverageHeartRate = lap.AverageHeartRate is { } bpm and > 0 ? bpm : null,
                Intensity = (FitIntensity?)lap.Intensity switch
                {
                    FitIntensity.Active or FitIntensity.Interval => LapIntensity.Work,
                    FitIntensity.Rest or FitIntensity.Recovery => LapIntensity.Rest,
                    FitIntensity.Warmup => LapIntensity.WarmUp,
                    FitIntensity.Cooldown => LapIntensity.CoolDown,
                    _ => null,
                },
            });
        }

        return laps;
    }
}
