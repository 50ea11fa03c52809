using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats.Routines;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// Reads a saved plan's JSON (what <see cref="PlanJsonWriter"/> wrote) back into the plan it was, so that the pages and
/// every format show the plan as stored: after re-planning from today on, its past sessions are the ones the athlete was
/// given, which planning the request again would not give. The sets are read by the routine reader, which reads this
/// document for <c>runlift audit</c>; the rest (weeks, estimated minutes, notes) by <see cref="PlanJsonReader"/>.
/// </summary>
public static class StoredPlanReader
{
    /// <summary>The plan stored as <paramref name="json"/>, made from <paramref name="request"/>, audited again.</summary>
    /// <exception cref="InputException">the text is not a plan this catalog can read back.</exception>
    public static TrainingPlan Read(string json, PlanRequest request, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        var parts = PlanJsonReader.Read(json);
        var document = RoutineReader.Read("plan", json);
        if (document.Sessions.Count != parts.Sessions.Count)
        {
            throw new InputException("plan", $"has {parts.Sessions.Count} sessions, of which {document.Sessions.Count} read back");
        }

        var sessions = parts.Sessions.Select((stored, i) => Session(stored, document.Sessions[i], catalog)).ToList();
        return new TrainingPlan
        {
            Request = request,
            Weeks = [.. parts.Weeks.Select(w => new PlanWeek(w.Start, PhaseOf(w.Phase), w.Deload))],
            Sessions = sessions,
            Runs = document.Runs,
            Notes = parts.Notes,
            SelfCheck = TrainingPlan.SelfCheckOf(new Auditor(catalog), request, sessions, document.Runs),
        };
    }

    private static PlannedSession Session(PlanJsonSession stored, TrainingSession read, ExerciseCatalog catalog) => new()
    {
        Name = stored.Name,
        Date = stored.Date,
        Time = read.Time ?? TimeOfDay.Pm,
        Phase = PhaseOf(stored.Phase),
        EstimatedDuration = TimeSpan.FromMinutes(stored.EstimatedMinutes),
        Note = stored.Note,
        Exercises = [.. stored.Exercises.Select((exercise, i) => new PlannedExercise(
            catalog.FindById(exercise.Id) ?? throw new InputException("plan", $"names '{exercise.Id}', which the exercise catalog no longer has"),
            read.Exercises[i].Sets))],
    };

    private static TrainingPhase PhaseOf(string name) =>
        Enum.TryParse<TrainingPhase>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var phase)
            ? phase
            : throw new InputException("plan", $"has a week in phase '{name}', which RunLift does not know");
}
