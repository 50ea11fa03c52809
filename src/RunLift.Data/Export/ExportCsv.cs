using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsvHelper;
using RunLift.Data.Log;
using RunLift.Formats.Csv;
using RunLift.Training;

namespace RunLift.Data.Export;

/// <summary>
/// The export as a zip of CSV files (UTF-8, comma-separated, a header row, RFC 4180 quoting): one file per table
/// with the JSON export's field names as columns (text a spreadsheet would take for a formula written as text,
/// <see cref="CsvCells"/>), plus <c>strong.csv</c>, the training log in Strong's CSV
/// export format, which Strong-reading apps, and RunLift's own import, read back.
/// </summary>
public static class ExportCsv
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>RFC 4180: a field is quoted when it holds a comma, a quote or a line break.</summary>
    private static readonly CsvWriterOptions Tables = CsvWriterOptions.Default with { NewLine = "\n" };

    public static byte[] Zip(DataExport export)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var account = export.Account;
            Table(zip, "account.csv", ["id", "email", "displayName", "createdAt"], [[account.Id, account.Email, account.DisplayName, account.CreatedAt]]);

            var profile = export.Profile;
            // injury, timeZone and maxHeartRate came later: last, so that a reader that counts columns still finds the older ones where they were.
            Table(zip, "profile.csv", ["experience", "bodyweightKg", "units", "rehab", "maxSessionMinutes", "sessionsPerWeek", "equipment", "updatedAt", "injury", "timeZone", "maxHeartRate"],
                profile is null ? [] : [[profile.Experience, profile.BodyweightKg, profile.Units, profile.Rehab, profile.MaxSessionMinutes, profile.SessionsPerWeek, string.Join(' ', profile.Equipment.Select(e => Value(e))), profile.UpdatedAt, profile.Injury, profile.TimeZone, profile.MaxHeartRate]]);
            Table(zip, "profile-maxes.csv", ["exercise", "oneRepMaxKg"],
                profile?.Maxes.Select(m => new object?[] { m.Exercise, m.OneRepMaxKg }) ?? []);
            Table(zip, "profile-running-week.csv", ["day", "kind", "minutes", "time"],
                profile?.RunningWeek.Select(r => new object?[] { r.Day, r.Kind, r.Minutes, r.Time }) ?? []);

            Table(zip, "races.csv", ["id", "date", "name", "distanceMeters", "priority"],
                export.Races.Select(r => new object?[] { r.Id, r.Date, r.Name, r.DistanceMeters, r.Priority }));
            // The check-in's pain, painSite and checkedInAt came later: last, as in profile.csv.
            Table(zip, "sessions.csv", ["id", "date", "startedAt", "name", "durationMinutes", "sessionRpe", "phase", "source", "planId", "importId", "importKey", "notes", "pain", "painSite", "checkedInAt"],
                export.Sessions.Select(s => new object?[] { s.Id, s.Date, s.StartedAt, s.Name, s.DurationMinutes, s.SessionRpe, s.Phase, s.Source, s.PlanId, s.ImportId, s.ImportKey, s.Notes, s.Pain, s.PainSite, s.CheckedInAt }));
            Table(zip, "sets.csv", ["id", "sessionId", "position", "exerciseName", "exerciseId", "kind", "reps", "loadKg", "bodyweight", "rpe", "durationSeconds", "distanceMeters", "restSeconds", "perSide", "toFailure"],
                export.Sessions.SelectMany(s => s.Sets.Select(t => new object?[] { t.Id, s.Id, t.Position, t.ExerciseName, t.ExerciseId, t.Kind, t.Reps, t.LoadKg, t.Bodyweight, t.Rpe, t.DurationSeconds, t.DistanceMeters, t.RestSeconds, t.PerSide, t.ToFailure })));
            Table(zip, "session-comments.csv", ["id", "sessionId", "authorRole", "authorName", "text", "createdAt"],
                export.Sessions.SelectMany(s => s.Comments.Select(c => new object?[] { c.Id, s.Id, c.AuthorRole, c.AuthorName, c.Text, c.CreatedAt })));
            Table(zip, "runs.csv", ["id", "date", "startedAt", "kind", "durationSeconds", "distanceMeters", "averageHeartRate", "source", "importId", "importKey", "kindBasis"],
                export.Runs.Select(r => new object?[] { r.Id, r.Date, r.StartedAt, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.ImportKey, r.KindBasis }));
            Table(zip, "cross-training.csv", ["id", "date", "startedAt", "sport", "name", "durationSeconds", "distanceMeters", "averageHeartRate", "source", "importId", "importKey"],
                export.CrossTraining.Select(c => new object?[] { c.Id, c.Date, c.StartedAt, c.Sport, c.Name, c.DurationSeconds, c.DistanceMeters, c.AverageHeartRate, c.Source, c.ImportId, c.ImportKey }));
            Table(zip, "plans.csv", ["id", "name", "start", "end", "createdAt", "updatedAt", "request", "plan"],
                export.Plans.Select(p => new object?[] { p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt, p.Request, p.Plan }));
            Table(zip, "imports.csv", ["id", "fileName", "format", "contentSha256", "importedAt", "sessionsAdded", "setsAdded", "runsAdded", "skipped", "crossTrainingAdded"],
                export.Imports.Select(i => new object?[] { i.Id, i.FileName, i.Format, i.ContentSha256, i.ImportedAt, i.SessionsAdded, i.SetsAdded, i.RunsAdded, i.Skipped, i.CrossTrainingAdded }));
            Table(zip, "audit-snapshots.csv", ["id", "weekStart", "errors", "warnings", "infos", "ruleIds", "computedAt", "report"],
                export.AuditSnapshots.Select(s => new object?[] { s.Id, s.WeekStart, s.Errors, s.Warnings, s.Infos, s.RuleIds, s.ComputedAt, s.Report }));
            Table(zip, "coach-links.csv", ["id", "role", "coachEmail", "athleteEmail", "status", "invitedAt", "respondedAt"],
                export.CoachLinks.Select(l => new object?[] { l.Id, l.Role, l.CoachEmail, l.AthleteEmail, l.Status, l.InvitedAt, l.RespondedAt }));

            var strong = zip.CreateEntry("strong.csv", CompressionLevel.Optimal);
            using var writer = new StreamWriter(strong.Open(), Utf8);
            WriteStrong(writer, export);
        }

        return buffer.ToArray();
    }

    /// <summary>The export's training log in Strong's CSV format (<see cref="StrongCsvWriter"/>), with the sessions' notes.</summary>
    public static void WriteStrong(TextWriter writer, DataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var sessions = export.Sessions.OrderBy(s => s.Date).ThenBy(s => s.StartedAt).ThenBy(s => s.Id).ToList();
        var log = new TrainingDocument { Sessions = [.. sessions.Select(ToSession)] };
        StrongCsvWriter.Write(writer, log, [.. sessions.Select(s => s.Notes)]);
    }

    /// <summary>A stored session as the domain's, its sets grouped into exercises as <see cref="TrainingLog"/> groups them.</summary>
    private static TrainingSession ToSession(ExportedSession session) => new()
    {
        Name = session.Name,
        Date = session.Date,
        Time = session.StartedAt is { } at && DateOnly.FromDateTime(at) == session.Date ? TimeOfDay.At(TimeOnly.FromDateTime(at)) : null,
        Duration = session.DurationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
        Exercises = TrainingLog.ToExercises(session.Sets.Select(set => new LoggedSet
        {
            ExerciseName = set.ExerciseName,
            Kind = set.Kind,
            Reps = set.Reps,
            LoadKg = set.LoadKg,
            Bodyweight = set.Bodyweight,
            Rpe = set.Rpe,
            DurationSeconds = set.DurationSeconds,
            DistanceMeters = set.DistanceMeters,
            RestSeconds = set.RestSeconds,
            PerSide = set.PerSide,
            ToFailure = set.ToFailure,
        })),
    };

    private static void Table(ZipArchive zip, string name, string[] header, IEnumerable<object?[]> rows)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), Utf8);
        using var csv = CsvWriter.Create(writer, Tables);
        csv.WriteRecord(header);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row.Select(Value)]);
        }
    }

    /// <summary>A value as the JSON export writes it: ISO dates and UTC times, invariant numbers, kebab-case enums, embedded JSON as text.</summary>
    private static string Value(object? value) => value switch
    {
        null => "",
        string text => CsvCells.Neutralise(text),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        Enum e => JsonNamingPolicy.KebabCaseLower.ConvertName(e.ToString()),
        JsonElement json => json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
