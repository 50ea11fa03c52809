using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Coaching;
using RunLift.Data.Log;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Training;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Settings;

/// <summary>
/// Seeds an account with a row in every table an athlete owns (written straight to the database: the features
/// that write them have their own tests), and counts an account's rows in every table.
/// </summary>
public static class AthleteData
{
    /// <summary>The id of the account registered with <paramref name="email"/>.</summary>
    public static async Task<string> AccountIdAsync(this WebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var normalized = email.ToUpperInvariant();
        return await db.Users.Where(a => a.NormalizedEmail == normalized).Select(a => a.Id).SingleAsync(Cancel);
    }

    /// <summary>
    /// Gives <paramref name="email"/>'s account a profile, a race, two sessions with sets (a warm-up, working
    /// sets, a rest; the first checked in, with a comment), a run, a plan, a calendar feed, an import and an audit snapshot; every name carries <paramref name="tag"/>
    /// so that an export can be searched for it.
    /// </summary>
    public static async Task<string> SeedAsync(this WebFactory factory, string email, string tag, int errors = 2, int warnings = 1)
    {
        var id = await factory.AccountIdAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var import = new Import { AccountId = id, FileName = $"{tag}-strong.csv", Format = "strong", ContentSha256 = new string('a', 63) + tag.Length % 10, ImportedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), SessionsAdded = 1, SetsAdded = 2 };
        var plan = new SavedPlan { AccountId = id, Name = $"{tag} plan", Start = new DateOnly(2026, 3, 2), End = new DateOnly(2026, 5, 24), RequestYaml = $"athlete:\n  name: {tag}\n", PlanJson = $"{{\"name\":\"{tag} plan\",\"weeks\":[]}}", CreatedAt = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc) };
        db.AddRange(import, plan);
        db.CalendarFeeds.Add(new CalendarFeed { AccountId = id, SecretSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))), CreatedAt = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc) });
        db.Profiles.Add(new Profile
        {
            AccountId = id,
            BodyweightKg = 70,
            Units = MassUnit.Kilograms,
            Maxes = [new ProfileMax { Exercise = "back-squat", OneRepMaxKg = 120 }],
            RunningWeek = [new WeeklyRun { Day = DayOfWeek.Sunday, Kind = RunKind.Long, Minutes = 90 }],
        });
        db.Races.Add(new RaceEntry { AccountId = id, Date = new DateOnly(2026, 10, 4), Name = $"{tag} marathon", DistanceMeters = 42_195, Priority = RacePriority.A });
        await db.SaveChangesAsync(Cancel);

        var checkedIn = new LoggedSession
        {
            AccountId = id,
            Date = new DateOnly(2026, 3, 3),
            WeekStart = new DateOnly(2026, 3, 2),
            StartedAt = new DateTime(2026, 3, 3, 17, 30, 0, DateTimeKind.Utc),
            Name = $"{tag} strength A",
            DurationMinutes = 45,
            SessionRpe = 7,
            Source = LogSource.Plan,
            PlanId = plan.Id,
            Sets =
            [
                new LoggedSet { Position = 0, ExerciseName = "Squat (Barbell)", ExerciseId = "back-squat", Kind = SetKind.Warmup, Reps = 8, LoadKg = 40 },
                new LoggedSet { Position = 1, ExerciseName = "Squat (Barbell)", ExerciseId = "back-squat", Reps = 5, LoadKg = 100, Rpe = 8, RestSeconds = 180 },
                new LoggedSet { Position = 2, ExerciseName = "Squat (Barbell)", ExerciseId = "back-squat", Reps = 5, LoadKg = 100.5, Rpe = 8.5 },
                new LoggedSet { Position = 3, ExerciseName = "Pull Up", ExerciseId = "pull-up", Reps = 8, Bodyweight = true },
            ],
            Pain = 3,
            PainSite = InjurySite.Knee,
            CheckedInAt = new DateTime(2026, 3, 3, 19, 0, 0, DateTimeKind.Utc),
        };
        db.Sessions.Add(checkedIn);
        db.Sessions.Add(new LoggedSession
        {
            AccountId = id,
            Date = new DateOnly(2026, 3, 5),
            WeekStart = new DateOnly(2026, 3, 2),
            Name = $"{tag} imported",
            Source = LogSource.Strong,
            ImportId = import.Id,
            ImportKey = $"strong|2026-03-05|{tag}",
            Sets = [new LoggedSet { Position = 0, ExerciseName = "Romanian Deadlift (Barbell)", Reps = 6, LoadKg = 80 }],
        });
        db.Runs.Add(new LoggedRun { AccountId = id, Date = new DateOnly(2026, 3, 4), WeekStart = new DateOnly(2026, 3, 2), Kind = RunKind.Easy, DurationSeconds = 2400, DistanceMeters = 7000, Source = LogSource.Manual });
        db.AuditSnapshots.Add(new AuditSnapshot
        {
            AccountId = id,
            WeekStart = new DateOnly(2026, 3, 2),
            Errors = errors,
            Warnings = warnings,
            RuleIds = "RL103",
            ReportJson = $$"""{"summary":{"errors":{{errors}},"warnings":{{warnings}}},"findings":[{"id":"RL103","name":"isolation-share","severity":"error","mistake":"bodybuilder","message":"{{tag}} does too many curls.","fix":"Squat instead."}]}""",
            ComputedAt = new DateTime(2026, 3, 9, 0, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync(Cancel);
        db.SessionComments.Add(new SessionComment
        {
            SessionId = checkedIn.Id,
            AuthorId = id,
            AuthorRole = CommentAuthor.Athlete,
            AuthorName = email,
            Text = $"{tag}'s knee twinged on the last set",
            CreatedAt = new DateTime(2026, 3, 3, 19, 5, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync(Cancel);
        return id;
    }

    /// <summary>The rows of every table that belong to, or point at, the account.</summary>
    public static async Task<Dictionary<string, int>> CountRowsAsync(this WebFactory factory, string accountId, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var normalized = email.ToUpperInvariant();
        return new Dictionary<string, int>
        {
            ["Users"] = await db.Users.CountAsync(a => a.Id == accountId || a.NormalizedEmail == normalized, Cancel),
            ["UserClaims"] = await db.UserClaims.CountAsync(c => c.UserId == accountId, Cancel),
            ["UserLogins"] = await db.UserLogins.CountAsync(l => l.UserId == accountId, Cancel),
            ["UserTokens"] = await db.UserTokens.CountAsync(t => t.UserId == accountId, Cancel),
            ["UserRoles"] = await db.UserRoles.CountAsync(r => r.UserId == accountId, Cancel),
            ["Profiles"] = await db.Profiles.CountAsync(p => p.AccountId == accountId, Cancel),
            ["Races"] = await db.Races.CountAsync(r => r.AccountId == accountId, Cancel),
            ["Sessions"] = await db.Sessions.CountAsync(s => s.AccountId == accountId, Cancel),
            ["Sets"] = await db.Sets.CountAsync(s => db.Sessions.Any(x => x.Id == s.SessionId && x.AccountId == accountId), Cancel),
            ["SessionComments"] = await db.SessionComments.CountAsync(c => db.Sessions.Any(x => x.Id == c.SessionId && x.AccountId == accountId), Cancel),
            ["Runs"] = await db.Runs.CountAsync(r => r.AccountId == accountId, Cancel),
            ["Imports"] = await db.Imports.CountAsync(i => i.AccountId == accountId, Cancel),
            ["Plans"] = await db.Plans.CountAsync(p => p.AccountId == accountId, Cancel),
            ["CalendarFeeds"] = await db.CalendarFeeds.CountAsync(f => f.AccountId == accountId, Cancel),
            ["AuditSnapshots"] = await db.AuditSnapshots.CountAsync(s => s.AccountId == accountId, Cancel),
            ["CoachLinks"] = await db.CoachLinks.CountAsync(l => l.CoachId == accountId || l.AthleteId == accountId || l.AthleteEmail == normalized, Cancel),
        };
    }

    /// <summary>Every set in the database, of any account (orphans would show here).</summary>
    public static async Task<int> AllSetsAsync(this WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Sets.CountAsync(Cancel);
    }

    /// <summary>Every comment in the database, on any account's session (orphans would show here).</summary>
    public static async Task<int> AllCommentsAsync(this WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SessionComments.CountAsync(Cancel);
    }

    /// <summary>The comments, on anyone's session, that still name <paramref name="accountId"/> as their author or are signed with one of <paramref name="names"/>.</summary>
    public static async Task<int> CommentsByAsync(this WebFactory factory, string accountId, params string[] names)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SessionComments
            .CountAsync(c => c.AuthorId == accountId || names.Contains(c.AuthorName), Cancel);
    }

    /// <summary>A coach link, straight from the database.</summary>
    public static async Task<CoachLink?> LinkAsync(this WebFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().CoachLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, Cancel);
    }
}
