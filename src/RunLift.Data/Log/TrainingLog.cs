using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data.Profiles;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>
/// The bridge between the stored log and the domain: an athlete's log as a <see cref="TrainingDocument"/> for the
/// auditor, and a document read from a file (Hevy, Strong, a routine log) as rows to store.
/// </summary>
/// <remarks>
/// Times of day: exports carry the wall-clock time the athlete trained at and no time zone, so
/// <see cref="LoggedSession.StartedAt"/> and <see cref="LoggedRun.StartedAt"/> hold that wall-clock time (marked UTC, as
/// every stored timestamp is); dates are the athlete's calendar days.
/// </remarks>
public static class TrainingLog
{
    /// <summary>The largest key the database keeps (LogConfiguration).</summary>
    private const int MaxImportKeyLength = 300;

    /// <summary>
    /// The athlete's log from <paramref name="from"/> to <paramref name="to"/> (inclusive, either open) as the
    /// domain's dated document: sessions with their exercises and sets, runs, cross-training, the profile's athlete and running
    /// week, and every race on the calendar.
    /// </summary>
    public static async Task<TrainingDocument> LoadAsync(
        AppDbContext db, string accountId, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellation = default)
    {
        var (sessions, runs) = await LoadEntriesAsync(db, accountId, from, to, cancellation);
        var document = await DocumentAsync(db, accountId, sessions, runs, cancellation);
        return document with { CrossTraining = await LoadCrossTrainingAsync(db, accountId, from, to, cancellation) };
    }

    /// <summary>The profile's part of the document (athlete, units, running week, races) around the given entries.</summary>
    public static async Task<TrainingDocument> DocumentAsync(
        AppDbContext db, string accountId, IReadOnlyList<TrainingSession> sessions, IReadOnlyList<Run> runs, CancellationToken cancellation)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == accountId, cancellation);
        var races = await db.Races.AsNoTracking().Where(r => r.AccountId == accountId).OrderBy(r => r.Date).ToListAsync(cancellation);
        return new TrainingDocument
        {
            Sources = ["log"],
            Units = profile?.Units ?? MassUnit.Kilograms,
            Athlete = profile?.ToAthlete(),
            RunningWeek = profile?.ToRunningWeek() ?? [],
            Races = [.. races.Select(r => r.ToRace())],
            Runs = runs,
            Sessions = sessions,
        };
    }

    /// <summary>The sessions and runs dated from <paramref name="from"/> to <paramref name="to"/>, in time order.</summary>
    public static async Task<(List<TrainingSession> Sessions, List<Run> Runs)> LoadEntriesAsync(
        AppDbContext db, string accountId, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        var sessionRows = db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId);
        var runRows = db.Runs.AsNoTracking().Where(r => r.AccountId == accountId);
        if (from is { } start)
        {
            sessionRows = sessionRows.Where(s => s.Date >= start);
            runRows = runRows.Where(r => r.Date >= start);
        }

        if (to is { } end)
        {
            sessionRows = sessionRows.Where(s => s.Date <= end);
            runRows = runRows.Where(r => r.Date <= end);
        }

        var stored = await sessionRows
            .OrderBy(s => s.Date).ThenBy(s => s.StartedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Date,
                s.StartedAt,
                s.Name,
                s.DurationMinutes,
                s.Phase,
                Sets = s.Sets.OrderBy(set => set.Position).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellation);
        var sessions = stored.Select(s => new TrainingSession
        {
            Name = s.Name,
            Date = s.Date,
            Time = s.StartedAt is { } started ? TimeOfDay.At(TimeOnly.FromDateTime(started)) : null,
            Phase = s.Phase,
            Duration = s.DurationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            Exercises = ToExercises(s.Sets),
        }).ToList();

        var storedRuns = await runRows.OrderBy(r => r.Date).ThenBy(r => r.StartedAt).ThenBy(r => r.Id).ToListAsync(cancellation);
        var runs = storedRuns.Select(r => new Run(r.Kind)
        {
            Basis = RunKindBasis.Parse(r.KindBasis),
            Date = r.Date,
            Duration = TimeSpan.FromSeconds(r.DurationSeconds),
            Time = r.StartedAt is { } started ? TimeOfDay.At(TimeOnly.FromDateTime(started)) : null,
            Distance = r.DistanceMeters is { } meters && double.IsFinite(meters) && meters >= 0 ? Distance.FromMeters(meters) : null,
            AverageHeartRate = r.AverageHeartRate,
        }).ToList();
        return (sessions, runs);
    }

    /// <summary>The cross-training dated from <paramref name="from"/> to <paramref name="to"/>, in time order.</summary>
    public static async Task<List<CrossTraining>> LoadCrossTrainingAsync(
        AppDbContext db, string accountId, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        var rows = db.CrossTraining.AsNoTracking().Where(c => c.AccountId == accountId);
        if (from is { } start)
        {
            rows = rows.Where(c => c.Date >= start);
        }

        if (to is { } end)
        {
            rows = rows.Where(c => c.Date <= end);
        }

        var stored = await rows.OrderBy(c => c.Date).ThenBy(c => c.StartedAt).ThenBy(c => c.Id).ToListAsync(cancellation);
        return [.. stored.Select(c => new CrossTraining
        {
            Sport = c.Sport,
            Date = c.Date,
            Time = c.StartedAt is { } started ? TimeOfDay.At(TimeOnly.FromDateTime(started)) : null,
            Duration = TimeSpan.FromSeconds(c.DurationSeconds),
            Distance = c.DistanceMeters is { } meters && double.IsFinite(meters) && meters >= 0 ? Distance.FromMeters(meters) : null,
            AverageHeartRate = c.AverageHeartRate,
            Name = c.Name,
        })];
    }

    /// <summary>Consecutive sets of the same exercise are one entry, as a log reads.</summary>
    public static List<ExerciseEntry> ToExercises(IEnumerable<LoggedSet> sets)
    {
        var exercises = new List<ExerciseEntry>();
        string? name = null;
        List<TrainingSet>? current = null;
        foreach (var set in sets)
        {
            if (current is null || set.ExerciseName != name)
            {
                if (current is not null)
                {
                    exercises.Add(new ExerciseEntry(name!, current));
                }

                name = set.ExerciseName;
                current = [];
            }

            current.Add(ToDomain(set));
        }

        if (current is not null)
        {
            exercises.Add(new ExerciseEntry(name!, current));
        }

        return exercises;
    }

    /// <summary>A stored set as the domain's set: a value no set can have (an RPE outside 1–10, a negative load) reads as absent.</summary>
    public static TrainingSet ToDomain(LoggedSet set) => new()
    {
        Kind = set.Kind,
        Reps = set.Reps,
        Load = set.LoadKg is { } kg && double.IsFinite(kg) && kg >= 0 ? Load.FromKilograms(kg) : null,
        Bodyweight = set.Bodyweight,
        Rpe = set.Rpe is { } rpe && Rpe.IsValid(rpe) ? Rpe.Of(rpe) : null,
        Duration = set.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        Distance = set.DistanceMeters is { } meters && double.IsFinite(meters) && meters >= 0 ? Distance.FromMeters(meters) : null,
        Rest = set.RestSeconds is { } rest ? TimeSpan.FromSeconds(rest) : null,
        PerSide = set.PerSide,
        ToFailure = set.ToFailure,
    };

    /// <summary>
    /// A dated document's sessions, runs and cross-training as rows for <paramref name="accountId"/>, each with its
    /// <see cref="LoggedSession.ImportKey"/> (<c>hevy|2024-03-01T07:12|Leg Day</c>): the source, the start (minute)
    /// and the name, which stay the same in every later export of the same workout. Exercise names are resolved to
    /// catalog ids; loads are kilograms already (the readers convert).
    /// </summary>
    public static LogRows ToRows(
        TrainingDocument document, string accountId, LogSource source, ExerciseCatalog catalog, NameMapping? names = null)
    {
        var prefix = source.ToString().ToLowerInvariant();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new Dictionary<(string, string?, string?), string?>();
        string? ExerciseId(ExerciseEntry entry)
        {
            var key = (entry.Name, entry.Category, entry.CatalogId);
            if (!resolved.TryGetValue(key, out var id))
            {
                id = catalog.Resolve(entry.Name, new NameHints(entry.Category, entry.CatalogId), names).CatalogId;
                resolved.Add(key, id);
            }

            return id;
        }

        var sessions = new List<LoggedSession>(document.Sessions.Count);
        foreach (var session in document.Sessions)
        {
            var date = session.Date ?? throw new ArgumentException("Only dated sessions can be logged.", nameof(document));
            var row = new LoggedSession
            {
                AccountId = accountId,
                Date = date,
                WeekStart = IsoWeek.MondayOf(date),
                StartedAt = StartedAt(date, session.Time),
                Name = Clip(session.Name.Trim(), 200),
                DurationMinutes = session.Duration is { } d ? (int)Math.Round(d.TotalMinutes) : null,
                Phase = session.Phase ?? document.Phase,
                Source = source,
                ImportKey = UniqueKey(keys, $"{prefix}|{Moment(date, session.Time)}|{session.Name.Trim()}"),
            };
            var position = 0;
            foreach (var exercise in session.Exercises)
            {
                var name = Clip(exercise.Name.Trim(), 200);
                foreach (var set in exercise.Sets)
                {
                    row.Sets.Add(new LoggedSet
                    {
                        Position = position++,
                        ExerciseName = name,
                        ExerciseId = ExerciseId(exercise),
                        Kind = set.Kind,
                        Reps = set.Reps,
                        LoadKg = set.Load?.Kilograms,
                        Bodyweight = set.Bodyweight,
                        Rpe = set.Rpe?.Value ?? (set.RepsInReserve is { } rir ? Rpe.FromRepsInReserve(rir).Value : null),
                        DurationSeconds = set.Duration is { } time ? (int)Math.Round(time.TotalSeconds) : null,
                        DistanceMeters = set.Distance?.Meters,
                        RestSeconds = set.Rest is { } rest ? (int)Math.Round(rest.TotalSeconds) : null,
                        PerSide = set.PerSide,
                        ToFailure = set.ToFailure,
                    });
                }
            }

            LogMeasures.Measure(row);
            sessions.Add(row);
        }

        var runs = new List<LoggedRun>(document.Runs.Count);
        foreach (var run in document.Runs.Where(r => r.Date is not null && r.Kind != RunKind.Rest))
        {
            var date = run.Date!.Value;
            runs.Add(new LoggedRun
            {
                AccountId = accountId,
                Date = date,
                WeekStart = IsoWeek.MondayOf(date),
                StartedAt = StartedAt(date, run.Time),
                Kind = run.Kind,
                KindBasis = run.Basis is { } basis ? Clip(basis.ToString(), LoggedRunConfiguration.MaxKindBasisLength) : null,
                DurationSeconds = run.Duration is { } d ? (int)Math.Round(d.TotalSeconds) : 0,
                DistanceMeters = run.Distance?.Meters,
                AverageHeartRate = run.AverageHeartRate,
                Source = source,
                // Not the kind: it may be decided differently when the run is imported again with other runs.
                ImportKey = UniqueKey(keys, $"{prefix}|run|{Moment(date, run.Time)}"),
            });
        }

        var crossTraining = document.CrossTraining.Select(c => new LoggedCrossTraining
        {
            AccountId = accountId,
            Date = c.Date,
            WeekStart = IsoWeek.MondayOf(c.Date),
            StartedAt = StartedAt(c.Date, c.Time),
            Sport = CrossTraining.SportName(c.Sport),
            Name = c.Name is { } name ? Clip(name.Trim(), 200) : null,
            DurationSeconds = (int)Math.Round(c.Duration.TotalSeconds),
            DistanceMeters = c.Distance?.Meters,
            AverageHeartRate = c.AverageHeartRate,
            Source = source,
            ImportKey = UniqueKey(keys, $"{prefix}|cross|{Moment(c.Date, c.Time)}|{CrossTraining.SportName(c.Sport)}"),
        }).ToList();

        return new LogRows(sessions, runs, crossTraining);
    }

    /// <summary>
    /// A run's import key as this version writes it: keys stored before kinds were decided from laps and pace ended in
    /// the kind (<c>fit|run|2026-11-03T06:30|easy#2</c>), which is left out so that an export imported again finds them.
    /// </summary>
    public static string RunKey(string importKey)
    {
        ArgumentNullException.ThrowIfNull(importKey);
        var parts = importKey.Split('|');
        if (parts.Length != 4 || parts[1] != "run")
        {
            return importKey;
        }

        var hash = parts[3].IndexOf('#', StringComparison.Ordinal);
        return $"{parts[0]}|run|{parts[2]}{(hash >= 0 ? parts[3][hash..] : "")}";
    }

    private static string Moment(DateOnly date, TimeOfDay? time) =>
        time is { IsApproximate: false } exact ? $"{date:yyyy-MM-dd}T{exact.Time:HH:mm}" : $"{date:yyyy-MM-dd}";

    private static DateTime? StartedAt(DateOnly date, TimeOfDay? time) =>
        time is { IsApproximate: false } exact ? DateTime.SpecifyKind(date.ToDateTime(exact.Time), DateTimeKind.Utc) : null;

    /// <summary>Two workouts at the same minute with the same name in one file are kept apart by their order.</summary>
    private static string UniqueKey(HashSet<string> keys, string key)
    {
        key = Clip(key, MaxImportKeyLength - 4);
        var unique = key;
        for (var n = 2; !keys.Add(unique); n++)
        {
            unique = $"{key}#{n}";
        }

        return unique;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>A document's rows for the log, not yet written.</summary>
public sealed record LogRows(List<LoggedSession> Sessions, List<LoggedRun> Runs, List<LoggedCrossTraining> CrossTraining);
