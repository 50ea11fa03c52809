using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunLift.Data.Coaching;
using RunLift.Data.Log;
using RunLift.Formats;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Data.Export;

/// <summary>
/// Everything stored for one account, read in one go for <c>GET /api/v1/export</c> and <c>runlift export</c>: the account, profile,
/// races, sessions with their sets, check-ins and threads, runs, cross-training, saved plans with their requests, imports, weekly audit snapshots and
/// coach links in both directions (the invitations addressed to the account's e-mail included).
/// Loads are in kilograms, as stored.
/// </summary>
public sealed record DataExport(
    string Format,
    int Version,
    DateTime ExportedAt,
    ExportedAccount Account,
    ExportedProfile? Profile,
    List<ExportedRace> Races,
    List<ExportedSession> Sessions,
    List<ExportedRun> Runs,
    List<ExportedPlan> Plans,
    List<ExportedImport> Imports,
    List<ExportedAuditSnapshot> AuditSnapshots,
    List<ExportedCoachLink> CoachLinks)
{
    /// <summary>Rides, swims, hikes and other training that is neither running nor lifting.</summary>
    public List<ExportedCrossTraining> CrossTraining { get; init; } = [];

    /// <summary>What the export calls itself, so that a reader can tell it from other JSON.</summary>
    public const string Name = "runlift-export";

    /// <summary>The export as the API's JSON (<see cref="ApiJson"/>), as the API and the command line write it.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, ApiJson.Options);

    /// <summary>Reads everything of <paramref name="accountId"/>; null when the account no longer exists.</summary>
    public static async Task<DataExport?> ReadAsync(AppDbContext db, string accountId, DateTime now, CancellationToken cancellation)
    {
        var account = await db.Users.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new { a.Id, a.Email, a.NormalizedEmail, a.DisplayName, a.CreatedAt })
            .SingleOrDefaultAsync(cancellation);
        if (account is null)
        {
            return null;
        }

        var profile = await db.Profiles.AsNoTracking().Where(p => p.AccountId == accountId)
            .SingleOrDefaultAsync(cancellation);
        var races = await db.Races.AsNoTracking().Where(r => r.AccountId == accountId)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new ExportedRace(r.Id, r.Date, r.Name, r.DistanceMeters, r.Priority))
            .ToListAsync(cancellation);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId)
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new ExportedSession(
                s.Id, s.Date, s.StartedAt, s.Name, s.DurationMinutes, s.SessionRpe, s.Phase, s.Source, s.PlanId, s.ImportId, s.ImportKey, s.Notes,
                s.Sets.OrderBy(set => set.Position).Select(set => new ExportedSet(
                    set.Id, set.Position, set.ExerciseName, set.ExerciseId, set.Kind, set.Reps, set.LoadKg, set.Bodyweight, set.Rpe,
                    set.DurationSeconds, set.DistanceMeters, set.RestSeconds, set.PerSide, set.ToFailure)).ToList())
            {
                Pain = s.Pain,
                PainSite = s.PainSite,
                CheckedInAt = s.CheckedInAt,
                Comments = db.SessionComments.Where(c => c.SessionId == s.Id).OrderBy(c => c.Id)
                    .Select(c => new ExportedComment(c.Id, c.AuthorRole, c.AuthorName, c.Text, c.CreatedAt)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellation);
        var runs = await db.Runs.AsNoTracking().Where(r => r.AccountId == accountId)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new ExportedRun(r.Id, r.Date, r.StartedAt, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.ImportKey, r.KindBasis))
            .ToListAsync(cancellation);
        var crossTraining = await db.CrossTraining.AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderBy(c => c.Date).ThenBy(c => c.Id)
            .Select(c => new ExportedCrossTraining(c.Id, c.Date, c.StartedAt, c.Sport, c.Name, c.DurationSeconds, c.DistanceMeters, c.AverageHeartRate, c.Source, c.ImportId, c.ImportKey))
            .ToListAsync(cancellation);
        var plans = await db.Plans.AsNoTracking().Where(p => p.AccountId == accountId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt, p.RequestYaml, p.PlanJson })
            .ToListAsync(cancellation);
        var imports = await db.Imports.AsNoTracking().Where(i => i.AccountId == accountId)
            .OrderBy(i => i.ImportedAt).ThenBy(i => i.Id)
            .Select(i => new ExportedImport(i.Id, i.FileName, i.Format, i.ContentSha256, i.ImportedAt, i.SessionsAdded, i.SetsAdded, i.RunsAdded, i.Skipped, i.CrossTrainingAdded))
            .ToListAsync(cancellation);
        var snapshots = await db.AuditSnapshots.AsNoTracking().Where(s => s.AccountId == accountId)
            .OrderBy(s => s.WeekStart)
            .Select(s => new { s.Id, s.WeekStart, s.Errors, s.Warnings, s.Infos, s.RuleIds, s.ComputedAt, s.ReportJson })
            .ToListAsync(cancellation);
        var email = account.NormalizedEmail;
        var links = await db.CoachLinks.AsNoTracking()
            .Where(l => l.CoachId == accountId || l.AthleteId == accountId || (l.AthleteId == null && l.AthleteEmail == email))
            .OrderBy(l => l.InvitedAt).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.CoachId,
                l.AthleteEmail,
                l.Status,
                l.InvitedAt,
                l.RespondedAt,
                CoachEmail = db.Users.Where(a => a.Id == l.CoachId).Select(a => a.Email).FirstOrDefault(),
            })
            .ToListAsync(cancellation);

        return new DataExport(
            Name,
            1,
            now,
            new ExportedAccount(account.Id, account.Email ?? "", account.DisplayName, account.CreatedAt),
            profile is null ? null : new ExportedProfile(
                profile.Experience, profile.BodyweightKg, profile.Units, profile.Rehab, profile.Injury, profile.TimeZone, profile.MaxSessionMinutes, profile.SessionsPerWeek,
                [.. profile.Equipment],
                [.. profile.Maxes.Select(m => new ExportedMax(m.Exercise, m.OneRepMaxKg))],
                [.. profile.RunningWeek.Select(r => new ExportedWeeklyRun(r.Day, r.Kind, r.Minutes, r.Time))],
                profile.UpdatedAt)
            {
                MaxHeartRate = profile.MaxHeartRate,
            },
            races,
            sessions,
            runs,
            [.. plans.Select(p => new ExportedPlan(p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt, p.RequestYaml, Embed(p.PlanJson)))],
            imports,
            [.. snapshots.Select(s => new ExportedAuditSnapshot(s.Id, s.WeekStart, s.Errors, s.Warnings, s.Infos, s.RuleIds, s.ComputedAt, Embed(s.ReportJson)))],
            [
                .. links.Select(l => new ExportedCoachLink(
                    l.Id,
                    l.CoachId == accountId ? "coach" : "athlete",
                    l.CoachEmail ?? "",
                    l.AthleteEmail.ToLowerInvariant(),
                    l.Status,
                    l.InvitedAt,
                    l.RespondedAt)),
            ])
        {
            CrossTraining = crossTraining,
        };
    }

    /// <summary>A stored JSON document as JSON; a document that does not parse is kept as a string, never dropped.</summary>
    private static JsonElement Embed(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}

public sealed record ExportedAccount(string Id, string Email, string DisplayName, DateTime CreatedAt);

public sealed record ExportedProfile(
    Experience Experience,
    double? BodyweightKg,
    MassUnit Units,
    bool Rehab,
    InjurySite? Injury,
    string? TimeZone,
    int MaxSessionMinutes,
    int? SessionsPerWeek,
    List<Equipment> Equipment,
    List<ExportedMax> Maxes,
    List<ExportedWeeklyRun> RunningWeek,
    DateTime UpdatedAt)
{
    /// <summary>The athlete's highest heart rate in beats a minute, when they gave it.</summary>
    public int? MaxHeartRate { get; init; }
}

public sealed record ExportedMax(string Exercise, double OneRepMaxKg);

public sealed record ExportedWeeklyRun(DayOfWeek Day, RunKind Kind, int? Minutes, string? Time);

public sealed record ExportedRace(long Id, DateOnly Date, string? Name, double DistanceMeters, RacePriority Priority);

public sealed record ExportedSession(
    long Id,
    DateOnly Date,
    DateTime? StartedAt,
    string Name,
    int? DurationMinutes,
    double? SessionRpe,
    TrainingPhase? Phase,
    LogSource Source,
    long? PlanId,
    long? ImportId,
    string? ImportKey,
    string? Notes,
    List<ExportedSet> Sets)
{
    /// <summary>Pain in or after the session (0–10), from the athlete's check-in.</summary>
    public int? Pain { get; init; }

    /// <summary>Where it hurt, from the athlete's check-in.</summary>
    public InjurySite? PainSite { get; init; }

    /// <summary>When the athlete last checked in (UTC).</summary>
    public DateTime? CheckedInAt { get; init; }

    /// <summary>The session's thread, oldest first: the athlete's comments and their coaches'.</summary>
    public List<ExportedComment> Comments { get; init; } = [];
}

/// <summary>A comment on a session: <c>authorRole</c> is <c>athlete</c> or <c>coach</c>, <c>authorName</c> the name it was signed with.</summary>
public sealed record ExportedComment(long Id, CommentAuthor AuthorRole, string AuthorName, string Text, DateTime CreatedAt);

public sealed record ExportedSet(
    long Id,
    int Position,
    string ExerciseName,
    string? ExerciseId,
    SetKind Kind,
    int? Reps,
    double? LoadKg,
    bool Bodyweight,
    double? Rpe,
    int? DurationSeconds,
    double? DistanceMeters,
    int? RestSeconds,
    bool PerSide,
    bool ToFailure);

public sealed record ExportedRun(
    long Id,
    DateOnly Date,
    DateTime? StartedAt,
    RunKind Kind,
    int DurationSeconds,
    double? DistanceMeters,
    int? AverageHeartRate,
    LogSource Source,
    long? ImportId,
    string? ImportKey,
    string? KindBasis);

/// <summary>A saved plan: <c>request</c> is the YAML it was made from, <c>plan</c> the planner's JSON document.</summary>
public sealed record ExportedPlan(long Id, string Name, DateOnly Start, DateOnly End, DateTime CreatedAt, DateTime UpdatedAt, string Request, JsonElement Plan);

public sealed record ExportedImport(
    long Id, string FileName, string Format, string ContentSha256, DateTime ImportedAt, int SessionsAdded, int SetsAdded, int RunsAdded, int Skipped,
    int CrossTrainingAdded);

/// <summary>Cross-training: a ride, a swim, a hike, with its sport in the words of the app that recorded it.</summary>
public sealed record ExportedCrossTraining(
    long Id,
    DateOnly Date,
    DateTime? StartedAt,
    string Sport,
    string? Name,
    int DurationSeconds,
    double? DistanceMeters,
    int? AverageHeartRate,
    LogSource Source,
    long? ImportId,
    string? ImportKey);

/// <summary>A weekly audit: <c>report</c> is the audit's JSON document (formats.md §3).</summary>
public sealed record ExportedAuditSnapshot(long Id, DateOnly WeekStart, int Errors, int Warnings, int Infos, string RuleIds, DateTime ComputedAt, JsonElement Report);

/// <summary>A coach link: <c>role</c> is the exporting account's side of it (<c>coach</c> or <c>athlete</c>).</summary>
public sealed record ExportedCoachLink(long Id, string Role, string CoachEmail, string AthleteEmail, CoachLinkStatus Status, DateTime InvitedAt, DateTime? RespondedAt);
