using RunLift.Catalog;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>Builds <see cref="AnalysedTraining"/> from a routine or a log.</summary>
internal sealed class TrainingAnalyzer(ExerciseCatalog catalog, NameMapping names)
{
    // When only am/pm or nothing is known: lifts are assumed in the evening, runs in the morning, races at 09:00.
    private static readonly TimeOnly AssumedLiftTime = new(18, 0);
    internal static readonly TimeOnly AssumedRunTime = new(7, 0);
    internal static readonly TimeOnly RaceStart = new(9, 0);

    private readonly Dictionary<(string Name, string? Category, string? CatalogId), ExerciseResolution> _resolutions = [];

    public AnalysedTraining Analyse(TrainingDocument document, AuditOptions options) =>
        document.IsDated ? AnalyseLog(document, options) : AnalyseRoutine(document);

    private AnalysedTraining AnalyseRoutine(TrainingDocument document, List<(DateOnly Date, string What)>? future = null)
    {
        var maxes = KnownMaxes(document.Athlete);
        var sessions = document.Sessions
            .Select(s => AnalyseSession(s, WeekHour(s.Day ?? s.Date?.DayOfWeek, s.Time, AssumedLiftTime), 0, document.Phase, e => Known(maxes, Resolve(e).Exercise)))
            .OrderBy(s => s.StartHour)
            .ToList();
        return new AnalysedTraining
        {
            IsLog = false,
            Athlete = document.Athlete ?? new Athlete(),
            Phase = document.Phase,
            Weeks = [new AnalysedWeek(0, null, sessions, 0)],
            KeyRuns = [.. document.RunningWeek.Where(r => r.IsKey && r.Day is not null)
                .Select(r => new TimedRun(r, WeekHour(r.Day, r.Time, AssumedRunTime), r.Time is not null))],
            Races = [],
            LoadHistory = [],
            Window = null,
            Catalog = catalog,
            FutureRecords = future ?? [],
        };
    }

    private AnalysedTraining AnalyseLog(TrainingDocument document, AuditOptions options)
    {
        var future = FutureRecords(document, options.Today);
        if (future.Count > 0)
        {
            document = document with
            {
                Sessions = [.. document.Sessions.Where(s => !IsFutureRecord(s, document.Phase, options.Today))],
                Runs = [.. document.Runs.Where(r => !(r.Date > options.Today))],
            };
        }

        return AnalyseRecords(document, options, future);
    }

    /// <summary>A session dated after today that is not a plan's (plans give each session a phase).</summary>
    private static bool IsFutureRecord(TrainingSession session, TrainingPhase? documentPhase, DateOnly? today) =>
        session.Date > today && (session.Phase ?? documentPhase) is null;

    private static List<(DateOnly Date, string What)> FutureRecords(TrainingDocument document, DateOnly? today) =>
        today is null ? [] : [.. document.Sessions.Where(s => IsFutureRecord(s, document.Phase, today)).Select(s => (s.Date!.Value, s.Name))
            .Concat(document.Runs.Where(r => r.Date > today).Select(r => (r.Date!.Value, r.Name ?? r.Kind.Name() + " run")))
            .OrderBy(r => r.Item1)];

    private AnalysedTraining AnalyseRecords(TrainingDocument document, AuditOptions options, List<(DateOnly Date, string What)> future)
    {
        var all = document.Sessions
            .Where(s => options.Since is null || s.Date >= options.Since)
            .OrderBy(s => s.Date).ThenBy(s => (s.Time ?? TimeOfDay.At(AssumedLiftTime)).Time)
            .ToList();
        if (all.Count == 0)
        {
            return AnalyseRoutine(document with { Sessions = [] }, future);
        }

        var first = IsoWeek.Of(all[0].Date!.Value);
        var epoch = first.Monday;
        int WeekOf(DateOnly date) => first.WeeksUntil(IsoWeek.Of(date));
        double HourOf(DateOnly date, TimeOfDay? time, TimeOnly assumed) =>
            ((date.DayNumber - epoch.DayNumber) * 24.0) + ((time?.Time ?? assumed).ToTimeSpan().TotalHours);

        var trainingWeeks = all.Where(s => s.Exercises.Any(e => e.Sets.Any(set => set.IsWorking)))
            .Select(s => WeekOf(s.Date!.Value)).Distinct().ToList();
        if (trainingWeeks.Count == 0)
        {
            trainingWeeks = [WeekOf(all[^1].Date!.Value)];
        }

        var judged = trainingWeeks.TakeLast(Math.Max(1, options.Weeks)).ToList();
        var (firstWeek, lastWeek) = (judged[0], judged[^1]);
        var estimates = new EstimatedMaxes(all, WeekOf, MaxKey, firstWeek - EstimatedMaxes.LookbackWeeks + 1, lastWeek);
        var known = KnownMaxes(document.Athlete);
        var indexOf = new Dictionary<TrainingSession, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            indexOf[all[i]] = i;
        }

        // The log's span, runs included: its first and last weeks are partial unless it covers them Monday to Sunday.
        var runDates = document.Runs.Where(r => r.Date is { } d && (options.Since is null || d >= options.Since)).Select(r => r.Date!.Value).ToList();
        var start = runDates.Count > 0 && runDates.Min() < all[0].Date!.Value ? runDates.Min() : all[0].Date!.Value;
        var end = runDates.Count > 0 && runDates.Max() > all[^1].Date!.Value ? runDates.Max() : all[^1].Date!.Value;
        bool Partial(int week) =>
            (week == WeekOf(start) && start != IsoWeek.MondayOf(start)) || (week == WeekOf(end) && end != IsoWeek.SundayOf(end));

        var judgedSet = judged.ToHashSet();
        var weeks = new List<AnalysedWeek>(judged.Count);
        foreach (var group in all.Where(s => judgedSet.Contains(WeekOf(s.Date!.Value))).GroupBy(s => WeekOf(s.Date!.Value)))
        {
            var index = weeks.Count;
            var sessions = group
                .Select(s => AnalyseSession(s, HourOf(s.Date!.Value, s.Time, AssumedLiftTime), index, document.Phase,
                    e => Known(known, Resolve(e).Exercise) ?? estimates.For(MaxKey(e), group.Key, indexOf[s])))
                .ToList();
            weeks.Add(new AnalysedWeek(index, first.Plus(group.Key).Monday, sessions, group.Key) { Partial = Partial(group.Key) });
        }

        var from = first.Plus(firstWeek).Monday;
        var to = first.Plus(lastWeek).Sunday;

        // Key runs and races a week either side of the window bear on it (a session the day before a key run).
        var (runsFrom, runsTo) = (first.Plus(firstWeek - 1).Monday, first.Plus(lastWeek + 2).Sunday);
        return new AnalysedTraining
        {
            IsLog = true,
            Athlete = document.Athlete ?? new Athlete(),
            Phase = document.Phase,
            Weeks = weeks,
            KeyRuns = [.. KeyRunsOfLog(document, runsFrom, runsTo, HourOf).OrderBy(r => r.Hour)],
            Races = [.. document.Races.Select(r => new TimedRace(r, HourOf(r.Date, TimeOfDay.At(RaceStart), RaceStart))),
                .. RacesRun(document, runsFrom, runsTo, HourOf)],
            LoadHistory = StrengthLoad.ByWeek(all, epoch, lastWeek),
            FirstWholeWeek = Math.Max(0, Partial(WeekOf(start)) ? WeekOf(start) + 1 : WeekOf(start)),
            Window = new AuditWindow(from, to, judged.Count),
            Catalog = catalog,
            FutureRecords = future,
        };
    }

    private static IEnumerable<TimedRun> KeyRunsOfLog(TrainingDocument document, DateOnly from, DateOnly to,
        Func<DateOnly, TimeOfDay?, TimeOnly, double> hourOf)
    {
        foreach (var run in document.Runs.Where(r => r.IsKey && r.Date >= from && r.Date <= to))
        {
            yield return new TimedRun(run, hourOf(run.Date!.Value, run.Time, AssumedRunTime), run.Time is not null);
        }

        // The running week repeats over every week of the log that is judged.
        for (var week = IsoWeek.Of(from); week.Monday <= to; week = week.Next)
        {
            foreach (var run in document.RunningWeek.Where(r => r.IsKey && r.Day is not null))
            {
                var date = week.On(run.Day!.Value);
                yield return new TimedRun(run with { Date = date }, hourOf(date, run.Time, AssumedRunTime), run.Time is not null);
            }
        }
    }

    /// <summary>
    /// The races the log records as runs (Strava's race mark, a run named a race or a parkrun) on days no race is declared
    /// for: a real log holds its races as runs, and nobody types them in again. Their priority is unknown, so C.
    /// </summary>
    private static IEnumerable<TimedRace> RacesRun(TrainingDocument document, DateOnly from, DateOnly to,
        Func<DateOnly, TimeOfDay?, TimeOnly, double> hourOf)
    {
        var declared = document.Races.Select(r => r.Date).ToHashSet();
        return document.Runs
            .Where(r => r.Kind == RunKind.Race && r.Date is { } date && date >= from && date <= to && !declared.Contains(date))
            .Select(r => new TimedRace(new Race(r.Date!.Value, r.Distance ?? default, RacePriority.C) { Name = r.Name }, hourOf(r.Date!.Value, r.Time, RaceStart)) { Run = r });
    }

    private static MaxEstimate? Known(Dictionary<string, Load> maxes, Exercise exercise) =>
        maxes.TryGetValue(exercise.Id, out var max) ? MaxEstimate.Known(max) : null;

    private AnalysedSession AnalyseSession(TrainingSession session, double startHour, int week, TrainingPhase? documentPhase, Func<ExerciseEntry, MaxEstimate?> maxFor)
    {
        var exercises = new List<AnalysedExercise>(session.Exercises.Count);
        foreach (var entry in session.Exercises)
        {
            var resolution = Resolve(entry);
            var max = maxFor(entry);
            var sets = new List<AnalysedSet>(entry.Sets.Count);
            foreach (var set in entry.Sets)
            {
                sets.Add(SetClassifier.Classify(set, resolution.Exercise, max) with { Conditioning = resolution.IsConditioning });
            }

            exercises.Add(new AnalysedExercise(entry, resolution, sets));
        }

        var estimate = SessionLength.Estimate(session);
        var implausible = session.Duration is { } recorded && exercises.Any(e => e.WorkingVolume > 0) && Plausibility.IsTimerLeftRunning(recorded, estimate);
        var duration = implausible ? estimate : session.Duration ?? estimate;
        return new AnalysedSession(session, startHour, week, duration, session.Duration is null || implausible, exercises, session.Phase ?? documentPhase)
        {
            ImplausibleDuration = implausible ? session.Duration : null,
        };
    }

    private Dictionary<string, Load> KnownMaxes(Athlete? athlete)
    {
        var maxes = new Dictionary<string, Load>(StringComparer.Ordinal);
        foreach (var max in athlete?.Maxes ?? [])
        {
            maxes[Resolve(new ExerciseEntry(max.Exercise, [])).Exercise.Id] = max.OneRepMax;
        }

        return maxes;
    }

    private ExerciseResolution Resolve(ExerciseEntry entry)
    {
        var key = (entry.Name, entry.Category, entry.CatalogId);
        if (!_resolutions.TryGetValue(key, out var resolution))
        {
            _resolutions[key] = resolution = catalog.Resolve(entry.Name, new NameHints(entry.Category, entry.CatalogId), names);
        }

        return resolution;
    }

    /// <summary>"The same exercise and equipment": Squat (Barbell) and Squat (Smith Machine) have separate maxes, as do dumbbell and cable hammer curls.</summary>
    private string MaxKey(ExerciseEntry entry)
    {
        var exercise = Resolve(entry).Exercise;
        return exercise.Id + "|" + ExerciseCatalog.ImplementOf(entry.Name, exercise);
    }

    private static double WeekHour(DayOfWeek? day, TimeOfDay? time, TimeOnly assumed) =>
        day is null ? double.NaN : (IsoWeek.DayIndex(day.Value) * 24.0) + (time?.Time ?? assumed).ToTimeSpan().TotalHours;

}
