using System.Text.Json;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// Writes a plan as the long-form JSON routine document of formats.md §4: every set explicit, every exercise
/// with its catalog id and pattern, every session with its estimated minutes. <c>runlift audit</c> reads it back,
/// and <see cref="PlanJsonReader"/> reads it into the same <see cref="PlanJsonDocument"/>.
/// </summary>
public static class PlanJsonWriter
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(TrainingPlan plan, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, Document(plan), DocumentJson.Context.PlanJsonDocument);
    }

    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/> as JSON, ending with a newline.</summary>
    public static void Write(TrainingPlan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(ToJson(plan));
    }

    /// <summary>The plan as JSON text.</summary>
    public static string ToJson(TrainingPlan plan) => JsonSerializer.Serialize(Document(plan), DocumentJson.Context.PlanJsonDocument);

    /// <summary>The document <paramref name="plan"/> is written as.</summary>
    public static PlanJsonDocument Document(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var units = plan.Request.Units;
        var document = plan.ToDocument();
        return new PlanJsonDocument
        {
            Name = document.Name,
            Units = PlanVocabulary.Units(units),
            Athlete = document.Athlete is { } athlete ? Athlete(athlete, units) : null,
            Runs = [.. document.Runs.Select(Run)],
            Races = [.. document.Races.Select(Race)],
            Weeks = [.. plan.Weeks.Select(w => new PlanJsonWeek { Start = w.Start, Phase = PlanVocabulary.Phase(w.Phase), Deload = w.Deload })],
            Notes = plan.Notes,
            Sessions = [.. plan.Sessions.Select(Session)],
        };
    }

    private static PlanJsonAthlete Athlete(Athlete athlete, MassUnit units) => new()
    {
        Experience = PlanVocabulary.Experience(athlete.Experience),
        Bodyweight = athlete.Bodyweight is { } bodyweight ? PlanVocabulary.Mass(bodyweight, units) : null,
        Rehab = athlete.Rehab,
        Injury = athlete.Injury?.Name(),
        Timezone = athlete.TimeZone?.Id,
        Maxes = athlete.Maxes.DistinctBy(m => m.Exercise, StringComparer.Ordinal)
            .ToDictionary(m => m.Exercise, m => PlanVocabulary.Mass(m.OneRepMax, units), StringComparer.Ordinal),
    };

    private static PlanJsonRun Run(Run run) => new()
    {
        Date = run.Date,
        Kind = run.Kind.Name(),
        Duration = run.Duration is { } duration ? PlanVocabulary.Duration(duration) : null,
        Time = run.Time?.ToString(),
    };

    private static PlanJsonRace Race(Race race) => new()
    {
        Date = race.Date,
        Distance = PlanVocabulary.Distance(race.Distance),
        Priority = race.Priority.ToString(),
        Name = race.Name,
    };

    private static PlanJsonSession Session(PlannedSession session) => new()
    {
        Name = session.Name,
        Date = session.Date,
        Time = session.Time.ToString(),
        Phase = PlanVocabulary.Phase(session.Phase),
        EstimatedMinutes = (int)Math.Round(session.EstimatedDuration.TotalMinutes),
        Note = session.Note,
        Exercises = [.. session.Exercises.Select(e => new PlanJsonExercise
        {
            Id = e.Exercise.Id,
            Name = e.Exercise.Name,
            Pattern = PlanVocabulary.Kebab(e.Exercise.Pattern.ToString()),
            Sets = [.. e.Sets.Select(Set)],
        })],
    };

    private static PlanJsonSet Set(TrainingSet set) => new()
    {
        Warmup = set.Kind == SetKind.Warmup,
        Reps = set.Reps,
        RepsMax = set.RepsMax != set.Reps ? set.RepsMax : null,
        Amrap = set.Amrap,
        DurationSeconds = set.Duration is { } duration ? Math.Round(duration.TotalSeconds, 3) : null,
        Distance = set.Distance is { } distance ? PlanVocabulary.Distance(distance) : null,
        Load = new PlanJsonLoad
        {
            Kg = set.Load is { } load ? Math.Round(load.Kilograms, 3) : null,
            Bodyweight = set.Bodyweight,
            Assisted = set.Bodyweight && set.Assisted,
            Percent1RM = set.PercentOneRepMax,
            Rpe = set.Rpe?.Value,
            Rir = set.RepsInReserve,
        },
        RestSeconds = set.Rest is { } rest ? Math.Round(rest.TotalSeconds, 3) : null,
        ToFailure = set.ToFailure,
        PerSide = set.PerSide,
    };
}
