using System.Globalization;
using System.Text;
using RunLift.Catalog;
using RunLift.English;
using RunLift.Planning;
using RunLift.Planning.History;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// A plan request drafted from a log (<c>runlift plan --from-log</c>): the running week and maxes the log shows, as the
/// request YAML the athlete checks and edits, with comments saying where each value came from; or filled into a request
/// of their own, whose values win.
/// </summary>
public static class PlanRequestFromLog
{
    /// <summary>A request of the history's running week and maxes, starting the Monday after <paramref name="today"/>.</summary>
    public static PlanRequest Draft(TrainingHistory history, MassUnit units, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new PlanRequest
        {
            Units = units,
            Start = IsoWeek.NextMonday(today),
            Athlete = new Athlete { Maxes = [.. history.Maxes.Select(m => Max(m, units))] },
            RunningWeek = [.. history.RunningWeek.Select(r => r.ToRun())],
        };
    }

    /// <summary>
    /// <paramref name="request"/> with what it lacks from <paramref name="history"/>: the running week when it gives
    /// none, and the maxes of lifts it gives none for. Returns what was filled in, in words.
    /// </summary>
    public static (PlanRequest Request, IReadOnlyList<string> Filled) Fill(PlanRequest request, TrainingHistory history, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(catalog);
        var filled = new List<string>();
        var runningWeek = request.RunningWeek;
        if (runningWeek.Count == 0 && history.RunningWeek.Count > 0)
        {
            runningWeek = [.. history.RunningWeek.Select(r => r.ToRun())];
            filled.Add("running week: " + string.Join(", ", history.RunningWeek.Select(r => Describe(r, history.WeeksWithRunning))));
        }

        var given = request.Athlete.Maxes.Select(m => catalog.Resolve(m.Exercise).Exercise.Id).ToHashSet(StringComparer.Ordinal);
        var added = history.Maxes.Where(m => !given.Contains(m.Exercise.Id)).ToList();
        filled.AddRange(added.Select(m => "max: " + Describe(m, request.Units)));
        return (request with
        {
            RunningWeek = runningWeek,
            Athlete = request.Athlete with { Maxes = [.. request.Athlete.Maxes, .. added.Select(m => Max(m, request.Units))] },
        }, filled);
    }

    /// <summary>The drafted request as YAML, headed by comments on where each value came from and what could not be told.</summary>
    public static string ToYaml(PlanRequest draft, TrainingHistory history, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(history);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# A plan request drafted from {string.Join(", ", sources)} up to {history.Through:yyyy-MM-dd}.");
        text.AppendLine("# Check it and edit it (add your races, experience and equipment), then: runlift plan THIS-FILE");
        foreach (var run in history.RunningWeek)
        {
            text.AppendLine("# running: " + Describe(run, history.WeeksWithRunning));
        }

        foreach (var max in history.Maxes)
        {
            text.AppendLine("# max: " + Describe(max, draft.Units));
        }

        foreach (var missing in history.NotInferred)
        {
            text.AppendLine("# not inferred: " + missing);
        }

        text.Append(PlanRequestYamlWriter.ToYaml(draft));
        return text.ToString();
    }

    /// <summary>"tue: intervals 60min 18:00, on 6 of 7 weeks with running".</summary>
    public static string Describe(HabitualRun run, int weeksWithRunning) =>
        $"{run.Day.ToString()[..3].ToLowerInvariant()}: {PlanText.Run(run.ToRun())}, on {run.Weeks} of {Plural.Count(weeksWithRunning, "week")} with running";

    /// <summary>"Back Squat 117 kg, from 5 × 100 kg on 2026-11-24".</summary>
    public static string Describe(EstimatedLift max, MassUnit units) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{max.Exercise.Name} {Mass(max.OneRepMax, units)}, from {max.Reps} × {Mass(max.Load, units)} on {max.Date:yyyy-MM-dd}");

    /// <summary>The estimate as a max, to the half kilogram or the pound: an estimate is no more precise.</summary>
    private static KnownMax Max(EstimatedLift lift, MassUnit units) => new(lift.Exercise.Name, units == MassUnit.Pounds
        ? Load.FromPounds(Math.Round(lift.OneRepMax.Pounds))
        : Load.FromKilograms(Math.Round(lift.OneRepMax.Kilograms * 2) / 2));

    private static string Mass(Load load, MassUnit units) => units == MassUnit.Pounds
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(load.Pounds):0} lb")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(load.Kilograms * 2) / 2:0.#} kg");
}
