using System.Text.Json;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Formats.Reports;

/// <summary>
/// The audit report as the JSON object of formats.md §3, written and read back as a <see cref="ReportJsonDocument"/>.
/// Fields may be added; none may change meaning.
/// </summary>
public static class JsonReport
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as indented JSON.</summary>
    public static void Write(AuditReport report, Stream output) =>
        JsonSerializer.Serialize(output, Document(report), DocumentJson.Context.ReportJsonDocument);

    /// <summary>The report as a JSON string.</summary>
    public static string ToJson(AuditReport report) => JsonSerializer.Serialize(Document(report), DocumentJson.Context.ReportJsonDocument);

    /// <summary>The report in <paramref name="json"/>, as <see cref="Write"/> wrote it (a stored audit, <c>runlift audit --format json</c>).</summary>
    /// <exception cref="JsonException">The text is not a report: not a JSON object, or a field of the wrong type or null where it cannot be.</exception>
    public static ReportJsonDocument Read(string json) =>
        JsonSerializer.Deserialize(json, DocumentJson.Context.ReportJsonDocument)
        ?? throw new JsonException("The report is null.");

    /// <summary>The document <paramref name="report"/> is written as.</summary>
    public static ReportJsonDocument Document(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        return new ReportJsonDocument
        {
            Source = report.Sources,
            Window = report.Window is { } window ? new ReportJsonWindow { From = window.From, To = window.To, Weeks = window.Weeks } : null,
            Summary = new ReportJsonSummary
            {
                Errors = summary.Errors,
                Warnings = summary.Warnings,
                Infos = summary.Infos,
                Sessions = summary.Sessions,
                WorkingSets = summary.WorkingSets,
                Runs = summary.Runs,
                KeyRuns = summary.KeyRuns,
                CrossTraining = summary.CrossTraining,
                CrossTrainingMinutes = summary.CrossTrainingMinutes,
            },
            Verdict = report.Verdict.Name(),
            Findings = [.. report.Findings.Select(Finding)],
            Exercises = [.. report.Exercises.Select(Exercise)],
        };
    }

    private static ReportJsonFinding Finding(Finding finding) => new()
    {
        Id = finding.Rule.Id,
        Name = finding.Rule.Name,
        Severity = ReportVocabulary.Name(finding.Severity),
        Mistake = ReportVocabulary.Name(finding.Rule.Mistake),
        Message = finding.Message,
        Weeks = finding.Weeks,
        Evidence = [.. finding.Evidence.Select(Evidence)],
        Fix = finding.Fix,
        Swaps = [.. finding.Swaps.Select(s => new ReportJsonSwap { From = s.From, To = s.To })],
        Reference = finding.Rule.Reference,
    };

    private static ReportJsonEvidence Evidence(Evidence evidence) => new()
    {
        Session = evidence.Session,
        Date = evidence.Date,
        Day = evidence.Day is { } day ? Day(day) : null,
        Exercise = evidence.Exercise,
        Sets = evidence.Sets,
        Detail = evidence.Detail,
        Run = evidence.Run is { } run ? Run(run) : null,
    };

    /// <summary>
    /// The key run or race a piece of evidence is judged against: its date or weekday, its kind and how the kind was
    /// decided (<c>basis</c>: typed, marker, name, laps, effort, duration or default; <c>reason</c>: what was seen).
    /// </summary>
    private static ReportJsonRun Run(Run run) => new()
    {
        Date = run.Date,
        Day = run.Date is null && run.Day is { } day ? Day(day) : null,
        Kind = run.Kind.Name(),
        Basis = run.Basis?.SourceName,
        Reason = run.Basis?.Detail,
    };

    private static ReportJsonExercise Exercise(ExerciseReading reading) => new()
    {
        Name = reading.Name,
        Id = reading.Id,
        Pattern = reading.Pattern is { } pattern ? ReportVocabulary.Name(pattern) : null,
        ResolvedBy = ReportVocabulary.Name(reading.ResolvedBy),
        Sets = reading.Sets,
    };

    private static string Day(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();
}
