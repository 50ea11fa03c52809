using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Profiles;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Profiles;

/// <summary>The signed-in athlete's profile and races: what the planner and the auditor need to know.</summary>
internal static class ProfileApi
{
    public static RouteGroupBuilder MapProfile(this RouteGroupBuilder api)
    {
        var profile = api.MapGroup("/profile").RequireAuthorization().WithTags(ApiTags.Profile);
        profile.MapGet("", GetProfile)
            .WithName("GetProfile")
            .WithSummary("Get the signed-in athlete's profile (the defaults until one is saved)")
            .ProducesETag();
        profile.MapPut("", PutProfile)
            .WithName("PutProfile")
            .WithSummary("Replace the signed-in athlete's profile")
            .WithDescription(
                "Every field is checked before anything is written; a 400 names each wrong field. Loads are in kilograms " +
                "whatever `units` says (units only decides how pages show them). `If-Match: \"0\"` creates the profile " +
                "only if none is stored yet.")
            .AcceptsIfMatch();

        var races = api.MapGroup("/races").RequireAuthorization().WithTags(ApiTags.Profile);
        races.MapGet("", ListRaces).WithName("ListRaces").WithSummary("List the signed-in athlete's races by date");
        races.MapPost("", AddRace).WithName("AddRace").WithSummary("Add a race");
        races.MapPut("/{id:long}", UpdateRace).WithName("UpdateRace").WithSummary("Change a race");
        races.MapDelete("/{id:long}", DeleteRace).WithName("DeleteRace").WithSummary("Delete a race");
        return api;
    }

    private static async Task<Ok<ProfileDocument>> GetProfile(HttpContext http, AppDbContext db, CancellationToken cancellation)
    {
        var account = http.User.AccountId();
        var stored = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == account, cancellation);
        ETags.Set(http.Response, stored?.Version ?? NoProfileYet);
        return TypedResults.Ok(ProfileDocument.From(stored ?? new Profile { AccountId = account }));
    }

    private static async Task<Results<Ok<ProfileDocument>, ValidationProblem, ProblemHttpResult>> PutProfile(
        ProfileDocument document, HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, CancellationToken cancellation)
    {
        var errors = document.Validate(catalog);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The profile is not valid");
        }

        try
        {
            var profile = await SaveAsync(db, http.User.AccountId(), document, catalog, time, cancellation, ETags.Expected(http.Request));
            ETags.Set(http.Response, profile.Version);
            return TypedResults.Ok(ProfileDocument.From(profile));
        }
        catch (DbUpdateConcurrencyException)
        {
            return ETags.Changed("profile");
        }
    }

    /// <summary>The version (ETag) of a profile not stored yet: <c>If-Match: "0"</c> creates it only if nobody else has.</summary>
    private const int NoProfileYet = 0;

    /// <summary>
    /// Writes a valid <paramref name="document"/> as <paramref name="account"/>'s profile, creating it the first time,
    /// and re-audits the log: the audit reads the athlete, running week and maxes, so every weekly snapshot changes.
    /// With <paramref name="expectedVersion"/>, throws <see cref="DbUpdateConcurrencyException"/> when the profile is not
    /// at that version (0: when one was stored meanwhile).
    /// </summary>
    public static async Task<Profile> SaveAsync(
        AppDbContext db, string account, ProfileDocument document, ExerciseCatalog catalog, TimeProvider time, CancellationToken cancellation,
        int? expectedVersion = null)
    {
        try
        {
            return await SaveOnceAsync(db, account, document, catalog, time, expectedVersion, cancellation);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another request created the profile after this one found none (nothing locks a row that is not there
            // yet): now there is one, to change as any other, or to refuse if this change asked for none (If-Match "0").
            db.ChangeTracker.Clear();
            return await SaveOnceAsync(db, account, document, catalog, time, expectedVersion, cancellation);
        }
    }

    private static async Task<Profile> SaveOnceAsync(
        AppDbContext db, string account, ProfileDocument document, ExerciseCatalog catalog, TimeProvider time, int? expectedVersion,
        CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var claim = await Versions.ClaimAsync(db.Profiles.Where(p => p.AccountId == account), expectedVersion == NoProfileYet ? -1 : expectedVersion, cancellation);
        if (claim == VersionClaim.Changed || (claim == VersionClaim.Missing && expectedVersion is > NoProfileYet))
        {
            throw new DbUpdateConcurrencyException($"The profile is no longer at version {expectedVersion}.");
        }

        // Missing means none was there when the claim looked: create it, even if another request has since. Reading it
        // back instead would change a row this request holds no claim on, at the version another request gave it (a lost
        // version); created twice, the insert fails on the key and the retry claims the other request's row.
        Profile profile;
        if (claim == VersionClaim.Missing)
        {
            profile = new Profile { AccountId = account };
            db.Profiles.Add(profile);
        }
        else
        {
            profile = await db.Profiles.FirstAsync(p => p.AccountId == account, cancellation);
        }

        document.ApplyTo(profile, catalog);
        profile.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
        await transaction.CommitAsync(cancellation);
        return profile;
    }

    private static async Task<Ok<RaceDocument[]>> ListRaces(HttpContext http, AppDbContext db, CancellationToken cancellation)
    {
        var account = http.User.AccountId();
        var races = await db.Races.AsNoTracking()
            .Where(r => r.AccountId == account)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .ToListAsync(cancellation);
        return TypedResults.Ok(races.Select(RaceDocument.From).ToArray());
    }

    private static async Task<Results<Created<RaceDocument>, ValidationProblem>> AddRace(
        RaceInput input, HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, CancellationToken cancellation)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The race is not valid");
        }

        var race = await AddRaceAsync(db, catalog, time, http.User.AccountId(), input, cancellation);
        return TypedResults.Created($"/api/v1/races/{race.Id}", RaceDocument.From(race));
    }

    /// <summary>Adds a valid race and re-audits the log (the audit judges lifting around races). Used by the API and the Profile page.</summary>
    public static async Task<RaceEntry> AddRaceAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string account, RaceInput input, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var race = new RaceEntry { AccountId = account };
        input.ApplyTo(race);
        db.Races.Add(race);
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
        await transaction.CommitAsync(cancellation);
        return race;
    }

    /// <summary>Deletes the athlete's race <paramref name="id"/> and re-audits the log; false when there is none.</summary>
    public static async Task<bool> DeleteRaceAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string account, long id, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var deleted = await db.Races.Where(r => r.Id == id && r.AccountId == account).ExecuteDeleteAsync(cancellation);
        if (deleted > 0)
        {
            await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
            await transaction.CommitAsync(cancellation);
        }

        return deleted > 0;
    }

    private static async Task<Results<Ok<RaceDocument>, NotFound, ValidationProblem>> UpdateRace(
        long id, RaceInput input, HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, CancellationToken cancellation)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The race is not valid");
        }

        var account = http.User.AccountId();
        var race = await db.Races.FirstOrDefaultAsync(r => r.Id == id && r.AccountId == account, cancellation);
        if (race is null)
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        input.ApplyTo(race);
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
        await transaction.CommitAsync(cancellation);
        return TypedResults.Ok(RaceDocument.From(race));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteRace(
        long id, HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, CancellationToken cancellation) =>
        await DeleteRaceAsync(db, catalog, time, http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>A race as the API returns it.</summary>
internal sealed record RaceDocument(long Id, string Date, string? Name, double DistanceMeters, string Priority)
{
    public static RaceDocument From(RaceEntry race) =>
        new(race.Id, race.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), race.Name, race.DistanceMeters, race.Priority.ToString());
}

/// <summary>A race as the API takes it: date (YYYY-MM-DD), optional name, distance in metres, priority A, B or C.</summary>
internal sealed record RaceInput(string? Date, string? Name, double DistanceMeters, string? Priority)
{
    public const double MaxDistanceMeters = 1_000_000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors["date"] = [$"must be a date YYYY-MM-DD, not '{Date}'"];
        }

        if (Name is { Length: > 200 })
        {
            errors["name"] = ["at most 200 characters"];
        }

        if (!double.IsFinite(DistanceMeters) || DistanceMeters <= 0 || DistanceMeters > MaxDistanceMeters)
        {
            errors["distanceMeters"] = [$"must be more than 0 and at most {MaxDistanceMeters:0} (metres: a marathon is 42195)"];
        }

        if (Priority is not ("A" or "B" or "C"))
        {
            errors["priority"] = ["must be A (the goal race), B or C"];
        }

        return errors;
    }

    public void ApplyTo(RaceEntry race)
    {
        race.Date = DateOnly.ParseExact(Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        race.Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim();
        race.DistanceMeters = DistanceMeters;
        race.Priority = Enum.Parse<RacePriority>(Priority!);
    }
}
