using RunLift.Formats.Calendar;
using RunLift.Planning;

namespace RunLift.Formats.Plans;

/// <summary>How a plan is written: <c>runlift plan --format</c>, <c>format</c> of the plan endpoints (formats.md §4).</summary>
public enum PlanFormat
{
    /// <summary>The routine document in YAML, short form (<see cref="PlanYamlWriter"/>).</summary>
    Yaml,

    /// <summary>The routine document in JSON, long form (<see cref="PlanJsonWriter"/>).</summary>
    Json,

    /// <summary>A printable plan (<see cref="PlanMarkdownWriter"/>).</summary>
    Markdown,

    /// <summary>A calendar, one event per session (<see cref="PlanCalendarWriter"/>).</summary>
    Ics,

    /// <summary>Garmin workouts, one FIT file per session (<see cref="Fit.FitWorkoutWriter"/>): not one document.</summary>
    Fit,
}

/// <summary>The names of <see cref="PlanFormat"/> on the command line, in the API and in the docs, and how each is written.</summary>
public static class PlanFormats
{
    private static readonly Dictionary<PlanFormat, (string Name, string MediaType, string Extension)> Formats = new()
    {
        [PlanFormat.Yaml] = ("yaml", "application/yaml", "yaml"),
        [PlanFormat.Json] = ("json", "application/json", "json"),
        [PlanFormat.Markdown] = ("markdown", "text/markdown", "md"),
        [PlanFormat.Ics] = ("ics", "text/calendar", "ics"),
        [PlanFormat.Fit] = ("fit", "application/vnd.ant.fit", "fit"),
    };

    /// <summary>Every format, in the order help and docs list them: yaml, json, markdown, ics, fit.</summary>
    public static IReadOnlyList<PlanFormat> All { get; } = [.. Formats.Keys];

    /// <summary>The formats that write a plan as one document: all but fit.</summary>
    public static IReadOnlyList<PlanFormat> Documents { get; } = [.. All.Where(f => f != PlanFormat.Fit)];

    /// <summary>The format's name: <c>yaml</c>, <c>json</c>, <c>markdown</c>, <c>ics</c> or <c>fit</c>.</summary>
    public static string Name(this PlanFormat format) => Formats[format].Name;

    /// <summary>The media type of a file in the format: <c>text/calendar</c> for ics.</summary>
    public static string MediaType(this PlanFormat format) => Formats[format].MediaType;

    /// <summary>The file name extension of the format, without the dot: <c>md</c> for markdown.</summary>
    public static string Extension(this PlanFormat format) => Formats[format].Extension;

    /// <summary>The format named exactly <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(string? name, out PlanFormat format)
    {
        foreach (var (candidate, (word, _, _)) in Formats)
        {
            if (word == name)
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>
    /// The plan as one document in <paramref name="format"/>; <paramref name="stamp"/> is a calendar's time stamp and
    /// <paramref name="zone"/> the zone its times are in when the plan's athlete names none (floating when neither does).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is fit, which is a file per session.</exception>
    public static string ToText(this PlanFormat format, TrainingPlan plan, DateTimeOffset stamp, TimeZoneInfo? zone = null) => format switch
    {
        PlanFormat.Yaml => PlanYamlWriter.ToYaml(plan),
        PlanFormat.Markdown => PlanMarkdownWriter.ToMarkdown(plan),
        PlanFormat.Ics => PlanCalendarWriter.ToIcs(plan, stamp, plan.Request.Athlete.TimeZone ?? zone),
        PlanFormat.Json => PlanJsonWriter.ToJson(plan),
        _ => throw NotADocument(format),
    };

    /// <summary>Writes the plan to <paramref name="output"/> as one document in <paramref name="format"/>, as <c>runlift plan</c> prints it; <paramref name="zone"/> as in <see cref="ToText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is fit, which is a file per session.</exception>
    public static void Write(this PlanFormat format, TrainingPlan plan, TextWriter output, DateTimeOffset stamp, TimeZoneInfo? zone = null)
    {
        switch (format)
        {
            case PlanFormat.Yaml:
                PlanYamlWriter.Write(plan, output);
                break;
            case PlanFormat.Json:
                PlanJsonWriter.Write(plan, output);
                break;
            case PlanFormat.Markdown:
                PlanMarkdownWriter.Write(plan, output);
                break;
            case PlanFormat.Ics:
                PlanCalendarWriter.Write(plan, output, stamp, plan.Request.Athlete.TimeZone ?? zone);
                break;
            default:
                throw NotADocument(format);
        }
    }

    private static ArgumentException NotADocument(PlanFormat format) =>
        new($"{format.Name()} writes a file per session, not one document: use FitWorkoutWriter.", nameof(format));
}
