using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// Writes a plan as the long-form JSON routine document of formats.md §4: every set explicit, every exercise
/// with its catalog id and pattern, every session with its estimated minutes. <c>runlift audit</c> reads it back.
/// </summary>
public static class PlanJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Names like "Farmer's Carry" stay readable; the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(TrainingPlan plan, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, Options);
        Write(plan, json);
        json.Flush();
    }

    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/> as JSON, ending with a newline.</summary>
    public static void Write(TrainingPlan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(ToJson(plan));
    }

    /// <summary>The plan as JSON text.</summary>
    public static string ToJson(TrainingPlan plan)
    {
        using var buffer = new MemoryStream();
        Write(plan, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(TrainingPlan plan, Utf8JsonWriter json)
    {
        var units = plan.Request.Units;
        var document = plan.ToDocument();
        json.WriteStartObject();
        json.WriteString("name", document.Name);
        json.WriteString("units", PlanVocabulary.Units(units));
        if (document.Athlete is { } athlete)
        {
            json.WriteStartObject("athlete");
            json.WriteString("experience", PlanVocabulary.Experience(athlete.Experience));
            if (athlete.Bodyweight is { } bodyweight)
            {
                json.WriteString("bodyweight", PlanVocabulary.Mass(bodyweight, units));
            }

            json.WriteBoolean("rehab", athlete.Rehab);
            if (athlete.Injury is { } injury)
            {
                json.WriteString("injury", injury.Name());
            }

            if (athlete.TimeZone is { } zone)
            {
                json.WriteString("timezone", zone.Id);
            }

            json.WriteStartObject("maxes");
            foreach (var max in athlete.Maxes.DistinctBy(m => m.Exercise, StringComparer.Ordinal))
            {
                json.WriteString(max.Exercise, PlanVocabulary.Mass(max.OneRepMax, units));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("runs");
        foreach (var run in document.Runs)
        {
            json.WriteStartObject();
            if (run.Date is { } date)
            {
                json.WriteString("date", PlanVocabulary.Date(date));
            }

            json.WriteString("kind", PlanVocabulary.RunKind(run.Kind));
            if (run.Duration is { } duration)
            {
                json.WriteString("duration", PlanVocabulary.Duration(duration));
            }

            if (run.Time is { } time)
            {
                json.WriteString("time", time.ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("races");
        foreach (var race in document.Races)
        {
            json.WriteStartObject();
            json.WriteString("date", PlanVocabulary.Date(race.Date));
            json.WriteString("distance", PlanVocabulary.Distance(race.Distance));
            json.WriteString("priority", race.Priority.ToString());
            if (race.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("weeks");
        foreach (var week in plan.Weeks)
        {
            json.WriteStartObject();
            json.WriteString("start", PlanVocabulary.Date(week.Start));
            json.WriteString("phase", PlanVocabulary.Phase(week.Phase));
            json.WriteBoolean("deload", week.Deload);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in plan.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteStartArray("sessions");
        foreach (var session in plan.Sessions)
        {
            Session(json, session);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Session(Utf8JsonWriter json, PlannedSession session)
    {
        json.WriteStartObject();
        json.WriteString("name", session.Name);
        json.WriteString("date", PlanVocabulary.Date(session.Date));
        json.WriteString("time", session.Time.ToString());
        json.WriteString("phase", PlanVocabulary.Phase(session.Phase));
        json.WriteNumber("estimatedMinutes", (int)Math.Round(session.EstimatedDuration.TotalMinutes));
        if (session.Note is { } note)
        {
            json.WriteString("note", note);
        }

        json.WriteStartArray("exercises");
        foreach (var exercise in session.Exercises)
        {
            json.WriteStartObject();
            json.WriteString("id", exercise.Exercise.Id);
            json.WriteString("name", exercise.Exercise.Name);
            json.WriteString("pattern", PlanVocabulary.Kebab(exercise.Exercise.Pattern.ToString()));
            json.WriteStartArray("sets");
            foreach (var set in exercise.Sets)
            {
                Set(json, set);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Set(Utf8JsonWriter json, TrainingSet set)
    {
        json.WriteStartObject();
        if (set.Kind == SetKind.Warmup)
        {
            json.WriteBoolean("warmup", true);
        }

        if (set.Reps is { } reps)
        {
            json.WriteNumber("reps", reps);
        }

        if (set.RepsMax is { } repsMax && repsMax != set.Reps)
        {
            json.WriteNumber("repsMax", repsMax);
        }

        if (set.Amrap)
        {
            json.WriteBoolean("amrap", true);
        }

        if (set.Duration is { } duration)
        {
            json.WriteNumber("durationSeconds", Math.Round(duration.TotalSeconds, 3));
        }

        if (set.Distance is { } distance)
        {
            json.WriteString("distance", PlanVocabulary.Distance(distance));
        }

        json.WriteStartObject("load");
        if (set.Load is { } load)
        {
            json.WriteNumber("kg", Math.Round(load.Kilograms, 3));
        }

        if (set.Bodyweight)
        {
            json.WriteBoolean("bodyweight", true);
            if (set.Assisted)
            {
                json.WriteBoolean("assisted", true);
            }
        }

        if (set.PercentOneRepMax is { } percent)
        {
            json.WriteNumber("percent1RM", percent);
        }

        if (set.Rpe is { } rpe)
        {
            json.WriteNumber("rpe", rpe.Value);
        }

        if (set.RepsInReserve is { } rir)
        {
            json.WriteNumber("rir", rir);
        }

        json.WriteEndObject();
        if (set.Rest is { } rest)
        {
            json.WriteNumber("restSeconds", Math.Round(rest.TotalSeconds, 3));
        }

        json.WriteBoolean("toFailure", set.ToFailure);
        json.WriteBoolean("perSide", set.PerSide);
        json.WriteEndObject();
    }
}
