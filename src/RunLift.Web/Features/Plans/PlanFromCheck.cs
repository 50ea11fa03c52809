using RunLift.Catalog;
using RunLift.Planning.History;
using RunLift.Training;

namespace RunLift.Web.Features.Plans;

// Public, as Blazor wants its parameters' types (MakeMeAPlan takes a PlanFromCheck).

/// <summary>A run of the running week a check found.</summary>
/// <param name="Day">Its weekday.</param>
/// <param name="Kind">Its kind, as the API names run kinds.</param>
/// <param name="Minutes">How long, when known.</param>
/// <param name="Time">When in the day ("am", "pm" or HH:mm), when known.</param>
public sealed record CarriedRun(DayOfWeek Day, string Kind, int? Minutes, string? Time);

/// <summary>A one-rep max a check found: written in the routine, or estimated from a log's heavy sets.</summary>
/// <param name="Exercise">The exercise, as written or as the catalog names it.</param>
/// <param name="ExerciseId">Its catalog id.</param>
/// <param name="OneRepMaxKg">The max, in kilograms.</param>
public sealed record CarriedMax(string Exercise, string ExerciseId, double OneRepMaxKg);

/// <summary>A race still ahead that a checked routine lists.</summary>
/// <param name="Date">Race day.</param>
/// <param name="Name">Its name, when the routine gives one.</param>
/// <param name="DistanceMeters">Its distance in metres.</param>
/// <param name="Priority">"A", "B" or "C".</param>
public sealed record CarriedRace(DateOnly Date, string? Name, double DistanceMeters, string Priority);

/// <summary>
/// What a check of the athlete's training hands to the planner: the running week, maxes and races its files show, so that
/// "Make me a plan" after the check (and after signing up) starts from them instead of an empty form. It travels in the
/// browser's session storage, protected by the app's data protection keys, and is never stored on the server.
/// </summary>
/// <param name="Sources">The files checked.</param>
/// <param name="Units">The unit the files wrote loads in, for showing the maxes.</param>
/// <param name="RunningWeek">The running week: the routine's own, or the habit of a log's last eight weeks.</param>
/// <param name="Maxes">The maxes: the routine's own, then the log's best estimates of the main lifts it does not give.</param>
/// <param name="Races">The races from the athlete's today on, by date: a plan peaks for the A race.</param>
public sealed record PlanFromCheck(
    IReadOnlyList<string> Sources, MassUnit Units, IReadOnlyList<CarriedRun> RunningWeek, IReadOnlyList<CarriedMax> Maxes, IReadOnlyList<CarriedRace> Races)
{
    /// <summary>The key it is kept under in the browser's session storage.</summary>
    public const string StorageKey = "runlift.plan-from-check";

    /// <summary>The plan page's address that picks it up.</summary>
    public const string PlanPath = "/plan?from=check";

    /// <summary>True when the check showed no running week, max or race ahead.</summary>
    public bool IsEmpty => RunningWeek.Count == 0 && Maxes.Count == 0 && Races.Count == 0;

    /// <summary>What <paramref name="checkedTraining"/> shows a plan needs, counting back from the athlete's <paramref name="today"/>.</summary>
    public static PlanFromCheck Of(TrainingDocument checkedTraining, ExerciseCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkedTraining);
        ArgumentNullException.ThrowIfNull(catalog);
        var history = HistoryInference.Infer(checkedTraining, catalog, today);
        var runningWeek = checkedTraining.RunningWeek.Any(r => r.Day is not null)
            ? checkedTraining.RunningWeek.Where(r => r.Day is not null).Select(r => Carried(r.Day!.Value, r.Kind, r.Duration, r.Time))
            : history.RunningWeek.Select(r => Carried(r.Day, r.Kind, r.Duration, r.Time));

        var written = (checkedTraining.Athlete?.Maxes ?? [])
            .Select(m => new CarriedMax(m.Exercise, catalog.Resolve(m.Exercise).Exercise.Id, m.OneRepMax.Kilograms))
            .ToList();
        var estimated = history.Maxes
            .Where(m => written.TrueForAll(w => w.ExerciseId != m.Exercise.Id))
            .Select(m => new CarriedMax(m.Exercise.Name, m.Exercise.Id, m.OneRepMax.Kilograms));
        var races = checkedTraining.Races
            .Where(r => r.Date >= today)
            .OrderBy(r => r.Date)
            .Select(r => new CarriedRace(r.Date, r.Name, r.Distance.Meters, r.Priority.ToString()));
        return new PlanFromCheck(
            checkedTraining.Sources, checkedTraining.Units, [.. runningWeek.OrderBy(r => ((int)r.Day + 6) % 7)], [.. written, .. estimated], [.. races]);
    }

    private static CarriedRun Carried(DayOfWeek day, RunKind kind, TimeSpan? duration, TimeOfDay? time) =>
        new(day, kind.Name(), duration is { } d ? (int)Math.Round(d.TotalMinutes) : null, time?.ToString());
}
