using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Formats;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Time;

namespace RunLift.Web.Features.Plans;

/// <summary>
/// What the app does with an athlete's saved plans, for the saved-plans API and the plan page alike: makes the plan a
/// request gives as it will be stored (<see cref="Plan"/>), and lists, saves, regenerates and deletes saved plans.
/// </summary>
internal sealed class SavedPlanOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>The athlete's saved plans, latest start first.</summary>
    public async Task<List<SavedPlanSummary>> ListAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.AccountId == account)
            .OrderByDescending(p => p.Start).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt })
            .ToListAsync(cancellation);
        return [.. plans.Select(p => new SavedPlanSummary(p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt))];
    }

    /// <summary>
    /// Saves <paramref name="plan"/>, made from <paramref name="requestYaml"/> (as <see cref="Plan"/> gives them), named
    /// <paramref name="name"/>, or after its goal race when no name is given.
    /// </summary>
    public async Task<SavedPlanSummary> CreateAsync(string account, string? name, TrainingPlan plan, string requestYaml, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var saved = new SavedPlan
        {
            AccountId = account,
            Name = string.IsNullOrWhiteSpace(name) ? DefaultName(plan) : name.Trim(),
            RequestYaml = requestYaml,
            PlanJson = PlanJsonWriter.ToJson(plan),
            Start = plan.Request.Start,
            End = EndOf(plan),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        db.Plans.Add(saved);
        await db.SaveChangesAsync(cancellation);
        return SavedPlanSummary.From(saved);
    }

    /// <summary>The athlete's saved plan <paramref name="id"/>; null when they have none.</summary>
    public async Task<SavedPlan?> GetAsync(string account, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == account, cancellation);
    }

    /// <summary>The request (YAML) the athlete's saved plan <paramref name="id"/> was made from; null when they have no such plan.</summary>
    public async Task<string?> GetRequestAsync(string account, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Plans.AsNoTracking().Where(p => p.Id == id && p.AccountId == account).Select(p => p.RequestYaml).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>
    /// Plans the athlete's saved plan <paramref name="id"/> again from their today on, from its stored request, or with
    /// <paramref name="fromProfile"/> from the profile and races as they are now (keeping its start and weeks), and
    /// stores the new plan and request; only if it is still at <paramref name="expectedVersion"/>, when one is given.
    /// Sessions dated before today stay exactly as they were (<see cref="Replanning.FromToday"/>).
    /// </summary>
    public async Task<Regeneration> RegenerateAsync(string account, long id, bool fromProfile, int? expectedVersion, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        switch (await Versions.ClaimAsync(db.Plans.Where(p => p.Id == id && p.AccountId == account), expectedVersion, cancellation))
        {
            case VersionClaim.Missing:
                return new Regeneration.Missing();
            case VersionClaim.Changed:
                return new Regeneration.Changed();
        }

        var saved = await db.Plans.FirstAsync(p => p.Id == id && p.AccountId == account, cancellation);
        var stored = ReadStored(saved.RequestYaml);
        var planRequest = fromProfile
            ? await FromProfileAsync(db, account, stored.Start, stored.Weeks, cancellation)
            : stored;
        if (Plan(planRequest) is not (var replanned, var requestYaml))
        {
            return new Regeneration.Invalid(planRequest.Validate());
        }

        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var plan = Replanning.FromToday(Stored(saved), replanned, today, catalog);
        saved.RequestYaml = requestYaml;
        saved.PlanJson = PlanJsonWriter.ToJson(plan);
        saved.Start = plan.Request.Start;
        saved.End = EndOf(plan);
        saved.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return new Regeneration.Done(saved, plan);
    }

    /// <summary>
    /// Re-plans from today on every plan of the athlete that is not over, whose request the profile and races as they are
    /// now would change (a new race, a changed running week, new maxes): what the profile and race pages and endpoints
    /// do after a change. Past sessions stay as they were; a plan the profile no longer makes valid is left as it is.
    /// </summary>
    public async Task ReplanFromTodayAsync(string account, CancellationToken cancellation)
    {
        List<(long Id, DateOnly Start, string RequestYaml)> current;
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        {
            var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
            current = [.. (await db.Plans.AsNoTracking().Where(p => p.AccountId == account && p.End >= today)
                .Select(p => new { p.Id, p.Start, p.RequestYaml }).ToListAsync(cancellation)).Select(p => (p.Id, p.Start, p.RequestYaml))];
        }

        foreach (var (id, start, requestYaml) in current)
        {
            var stored = ReadStored(requestYaml);
            var request = await FromProfileAsync(account, start, stored.Weeks, cancellation);
            if (request.Validate().Count == 0 && PlanRequestYamlWriter.ToYaml(request) != requestYaml)
            {
                await RegenerateAsync(account, id, fromProfile: true, expectedVersion: null, cancellation);
            }
        }
    }

    /// <summary>
    /// The saved plan as it was stored: after re-planning, its past sessions are not what its request gives now. Should
    /// the stored plan no longer read (the catalog lost one of its exercises), its request planned again.
    /// </summary>
    public TrainingPlan Stored(SavedPlan saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        try
        {
            return StoredPlanReader.Read(saved.PlanJson, ReadStored(saved.RequestYaml), catalog);
        }
        catch (InputException)
        {
            return Replan(saved.RequestYaml);
        }
    }

    /// <summary>Deletes the athlete's saved plan <paramref name="id"/>; false when they have none.</summary>
    public async Task<bool> DeleteAsync(string account, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Plans.Where(p => p.Id == id && p.AccountId == account).ExecuteDeleteAsync(cancellation) > 0;
    }

    /// <summary>The plan request for <paramref name="account"/>'s profile (the defaults when none is saved) and races.</summary>
    public async Task<PlanRequest> FromProfileAsync(string account, DateOnly start, int? weeks, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await FromProfileAsync(db, account, start, weeks, cancellation);
    }

    /// <summary>The plan request for <paramref name="profile"/> as the athlete has filled it in (saved or not), with their races.</summary>
    public async Task<PlanRequest> FromProfileAsync(Profile profile, DateOnly start, int? weeks, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await WithRacesAsync(db, profile, start, weeks, cancellation);
    }

    /// <summary>
    /// Plans <paramref name="request"/> as it will be stored: written as YAML and read back, so that the plan is the
    /// one regenerating will give. Null when the request is not valid (<see cref="PlanRequest.Validate"/> says why).
    /// </summary>
    public (TrainingPlan Plan, string RequestYaml)? Plan(PlanRequest request)
    {
        if (request.Validate().Count > 0)
        {
            return null;
        }

        var yaml = PlanRequestYamlWriter.ToYaml(request);
        return (Replan(yaml), yaml);
    }

    /// <summary>The plan a stored request gives.</summary>
    private TrainingPlan Replan(string requestYaml) => new Planner(catalog).Plan(ReadStored(requestYaml));

    /// <summary>A stored request; it names its start, so today does not matter.</summary>
    private static PlanRequest ReadStored(string requestYaml) => PlanRequestReader.Parse("request", requestYaml, DateOnly.MinValue);

    /// <summary>The plan's last day: the Sunday of its last week.</summary>
    private static DateOnly EndOf(TrainingPlan plan) => IsoWeek.SundayOf(plan.Weeks[^1].Start);

    private static string DefaultName(TrainingPlan plan)
    {
        var goal = plan.Request.Races.Where(r => r.Priority == Training.RacePriority.A).OrderBy(r => r.Date).FirstOrDefault();
        return goal is null
            ? $"Plan from {plan.Request.Start:yyyy-MM-dd}"
            : $"{goal.Name ?? "A race"} ({goal.Date:yyyy-MM-dd})";
    }

    private static async Task<PlanRequest> FromProfileAsync(AppDbContext db, string account, DateOnly start, int? weeks, CancellationToken cancellation)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == account, cancellation)
            ?? new Profile { AccountId = account };
        return await WithRacesAsync(db, profile, start, weeks, cancellation);
    }

    private static async Task<PlanRequest> WithRacesAsync(AppDbContext db, Profile profile, DateOnly start, int? weeks, CancellationToken cancellation)
    {
        var races = await db.Races.AsNoTracking().Where(r => r.AccountId == profile.AccountId && r.Date >= start).ToListAsync(cancellation);
        return profile.ToPlanRequest(races, start, weeks);
    }
}

/// <summary>What regenerating a saved plan came to.</summary>
internal abstract record Regeneration
{
    /// <summary>The athlete has no such plan.</summary>
    public sealed record Missing : Regeneration;

    /// <summary>The plan changed since the version expected: nothing was changed.</summary>
    public sealed record Changed : Regeneration;

    /// <summary>The request the plan would be made from is not valid: nothing was changed.</summary>
    public sealed record Invalid(IReadOnlyList<RequestProblem> Problems) : Regeneration;

    /// <summary>The plan as now stored, and what the planner made.</summary>
    public sealed record Done(SavedPlan Saved, TrainingPlan Plan) : Regeneration;
}
