using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary>The address of a new calendar feed: the secret URL a calendar app subscribes to.</summary>
/// <param name="Url">The feed's absolute URL; the only time the secret in it is shown.</param>
internal sealed record CalendarFeedLink(string Url);

/// <summary>Whether the athlete shares a calendar feed: since when (the URL itself is not kept, only its hash).</summary>
/// <param name="CreatedAt">When the current link was made (UTC).</param>
internal sealed record CalendarFeedStatus(DateTime CreatedAt);

/// <summary>
/// <c>/api/v1/calendar-feed</c>: the signed-in athlete's private calendar feed, as <see cref="CalendarFeedOperations"/>
/// keeps it, and the feed itself, which calendar apps fetch without signing in: the secret in its URL is the key.
/// </summary>
internal static class CalendarFeedApi
{
    /// <summary>How long a calendar app or the phone may keep the feed before asking again.</summary>
    public const string CacheControl = "private, max-age=900";

    /// <summary>The media type the feed is served as.</summary>
    public const string MediaType = "text/calendar";

    public static RouteGroupBuilder MapCalendarFeed(this RouteGroupBuilder api)
    {
        var feed = api.MapGroup("/calendar-feed").WithTags(ApiTags.Plans);
        var own = feed.MapGroup("").RequireAuthorization();
        own.MapPost("", Create)
            .WithName("CreateCalendarFeed")
            .WithSummary("Make a new secret calendar feed URL; the previous one stops working at once")
            .WithDescription(
                "The answer's `url` (also the Location) serves the athlete's planned strength sessions and key runs as iCalendar, " +
                "without signing in: subscribe to it in a calendar app (or as `webcal://`). Only the secret's hash is stored, so the " +
                "URL is shown this once; asking again makes a new one.");
        own.MapGet("", Get)
            .WithName("GetCalendarFeed")
            .WithSummary("Say whether the athlete shares a calendar feed, and since when (never its URL)");
        own.MapDelete("", Revoke)
            .WithName("RevokeCalendarFeed")
            .WithSummary("Stop sharing the calendar feed: its URL answers 404 from now on");
        feed.MapGet("/{secret}.ics", Calendar)
            .AllowAnonymous()
            .WithName("GetCalendarFeedIcs")
            .WithSummary("The calendar feed: planned strength sessions and key runs as iCalendar, without signing in")
            .WithDescription(
                "The secret is the key: no cookie or token is needed (calendar apps send none). From 8 weeks before the athlete's " +
                "today to the end of their saved plans, at most 1000 events, timed in their profile's zone (`TZID` with its " +
                "`VTIMEZONE`; UTC without one). Worked out at each request, so it follows every change to the plans; each " +
                "session's UID depends on its plan, its planned day and its name. An unknown, replaced or revoked secret is 404.")
            .Produces<string>(StatusCodes.Status200OK, MediaType);
        return api;
    }

    /// <summary>The feed's absolute URL under <paramref name="baseUri"/> (the app's address, ending in <c>/</c>).</summary>
    public static string Url(string baseUri, string secret) => $"{baseUri.TrimEnd('/')}/api/v1/calendar-feed/{secret}.ics";

    /// <summary><paramref name="url"/> as a <c>webcal://</c> link, which phones open in their calendar app to subscribe.</summary>
    public static string Webcal(string url) => "webcal" + url[url.IndexOf(':', StringComparison.Ordinal)..];

    private static async Task<Created<CalendarFeedLink>> Create(HttpContext http, CalendarFeedOperations feeds, CancellationToken cancellation)
    {
        var made = await feeds.CreateAsync(http.User.AccountId(), cancellation);
        var request = http.Request;
        var url = Url($"{request.Scheme}://{request.Host}{request.PathBase}", made.Secret);
        return TypedResults.Created(url, new CalendarFeedLink(url));
    }

    private static async Task<Results<Ok<CalendarFeedStatus>, NotFound>> Get(HttpContext http, CalendarFeedOperations feeds, CancellationToken cancellation) =>
        await feeds.CreatedAtAsync(http.User.AccountId(), cancellation) is { } created ? TypedResults.Ok(new CalendarFeedStatus(created)) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Revoke(HttpContext http, CalendarFeedOperations feeds, CancellationToken cancellation) =>
        await feeds.RevokeAsync(http.User.AccountId(), cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <param name="secret">The secret of the feed's URL.</param>
    /// <param name="http">The response, for its caching header.</param>
    /// <param name="feeds">The feeds.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<ContentHttpResult, NotFound>> Calendar(string secret, HttpContext http, CalendarFeedOperations feeds, CancellationToken cancellation)
    {
        if (await feeds.CalendarAsync(secret, cancellation) is not { } ics)
        {
            return TypedResults.NotFound();
        }

        // Private: the URL is a secret, so no shared cache may keep the calendar; a quarter of an hour spares the
        // database a calendar app that asks too often.
        http.Response.Headers.CacheControl = CacheControl;
        return TypedResults.Text(ics, MediaType, Encoding.UTF8);
    }
}
