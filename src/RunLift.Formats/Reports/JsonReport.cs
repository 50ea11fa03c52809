using System.Text.Json;
using RunLift.Auditing;

namespace RunLift.Formats.Reports;

/// <summary>The audit report as the JSON object of formats.md §3. Fields may be added; none may change meaning.</summary>
public static class JsonReport
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as indented JSON.</summary>
    public static void Write(AuditReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("source");
        foreach (var source in report.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        if (report.Window is { } window)
        {
            json.WriteStartObject("window");
            json.WriteString("from", window.From.ToString("yyyy-MM-dd"));
            json.WriteString("to", window.To.ToString("yyyy-MM-dd"));
            json.WriteNumber("weeks", window.Weeks);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("window");
        }

        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.Summary.Errors);
        json.WriteNumber("warnings", report.Summary.Warnings);
        json.WriteNumber("infos", report.Summary.Infos);
        json.WriteNumber("sessions", report.Summary.Sessions);
        json.WriteNumber("workingSets", report.Summary.WorkingSets);
        json.WriteNumber("runs", report.Summary.Runs);
        json.WriteNumber("keyRuns", report.Summary.KeyRuns);
        json.WriteNumber("crossTraining", report.Summary.CrossTraining);
        json.WriteNumber("crossTrainingMinutes", report.Summary.CrossTrainingMinutes);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStartArray("exercises");
        foreach (var reading in report.Exercises)
        {
            json.WriteStartObject();
            json.WriteString("name", reading.Name);
            json.WriteString("id", reading.Id);
            json.WriteString("pattern", reading.Pattern is { } pattern ? ReportVocabulary.Name(pattern) : null);
            json.WriteString("resolvedBy", ReportVocabulary.Name(reading.ResolvedBy));
            json.WriteNumber("sets", reading.Sets);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The report as a JSON string.</summary>
    public static string ToJson(AuditReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The key run or race a piece of evidence is judged against: its date or weekday, its kind and how the kind was
    /// decided (<c>basis</c>: typed, marker, name, laps, effort, duration or default; <c>reason</c>: what was seen).
    /// </summary>
    private static void WriteRun(Utf8JsonWriter json, Training.Run run)
    {
        json.WriteStartObject("run");
        if (run.Date is { } date)
        {
            json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (run.Day is { } day)
        {
            json.WriteString("day", day.ToString()[..3].ToLowerInvariant());
        }

        json.WriteString("kind", ReportVocabulary.Name(run.Kind));
        if (run.Basis is { } basis)
        {
            json.WriteString("basis", basis.SourceName);
            json.WriteString("reason", basis.Detail);
        }

        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Rule.Id);
        json.WriteString("name", finding.Rule.Name);
        json.WriteString("severity", ReportVocabulary.Name(finding.Severity));
        json.WriteString("mistake", ReportVocabulary.Name(finding.Rule.Mistake));
        json.WriteString("message", finding.Message);
        if (finding.Weeks is { } weeks)
        {
            json.WriteNumber("weeks", weeks);
        }

        json.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("session", evidence.Session);
            if (evidence.Date is { } date)
            {
                json.WriteString("date", date.ToString("yyyy-MM-dd"));
            }

            if (evidence.Day is { } day)
            {
                json.WriteString("day", day.ToString()[..3].ToLowerInvariant());
            }

            if (evidence.Exercise is { } exercise)
            {
                json.WriteString("exercise", exercise);
            }

            if (evidence.Sets is { } sets)
            {
                json.WriteNumber("sets", sets);
            }

            if (evidence.Detail is { } detail)
            {
                json.WriteString("detail", detail);
            }

            if (evidence.Run is { } run)
            {
                WriteRun(json, run);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("fix", finding.Fix);
        json.WriteStartArray("swaps");
        foreach (var swap in finding.Swaps)
        {
            json.WriteStartObject();
            json.WriteString("from", swap.From);
            json.WriteStartArray("to");
            foreach (var to in swap.To)
            {
                json.WriteStringValue(to);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("reference", finding.Rule.Reference);
        json.WriteEndObject();
    }
}
