using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
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

    private static async Task<Ok<ProfileDocument>> GetProfile(HttpContext http, ProfileOperations profiles, CancellationToken cancellation)
    {
        var (profile, version) = await profiles.GetAsync(http.User.AccountId(), cancellation);
        ETags.Set(http.Response, version);
        return TypedResults.Ok(profile);
    }

    private static async Task<Results<Ok<ProfileDocument>, ValidationProblem, ProblemHttpResult>> PutProfile(
        ProfileDocument document, HttpContext http, ProfileOperations profiles, ExerciseCatalog catalog, CancellationToken cancellation)
    {
        var errors = document.Validate(catalog);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The profile is not valid");
        }

        try
        {
            var profile = await profiles.SaveAsync(http.User.AccountId(), document, cancellation, ETags.Expected(http.Request));
            ETags.Set(http.Response, profile.Version);
            return TypedResults.Ok(ProfileDocument.From(profile));
        }
        catch (DbUpdateConcurrencyException)
        {
            return ETags.Changed("profile");
        }
    }

    private static async Task<Ok<RaceDocument[]>> ListRaces(HttpContext http, RaceOperations races, CancellationToken cancellation) =>
        TypedResults.Ok((await races.ListAsync(http.User.AccountId(), cancellation)).Select(RaceDocument.From).ToArray());

    private static async Task<Results<Created<RaceDocument>, ValidationProblem>> AddRace(
        RaceInput input, HttpContext http, RaceOperations races, CancellationToken cancellation)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The race is not valid");
        }

        var race = await races.AddAsync(http.User.AccountId(), input, cancellation);
        return TypedResults.Created($"/api/v1/races/{race.Id}", RaceDocument.From(race));
    }

    private static async Task<Results<Ok<RaceDocument>, NotFound, ValidationProblem>> UpdateRace(
        long id, RaceInput input, HttpContext http, RaceOperations races, CancellationToken cancellation)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The race is not valid");
        }

        var race = await races.UpdateAsync(http.User.AccountId(), id, input, cancellation);
        return race is null ? TypedResults.NotFound() : TypedResults.Ok(RaceDocument.From(race));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteRace(long id, HttpContext http, RaceOperations races, CancellationToken cancellation) =>
        await races.DeleteAsync(http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
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
