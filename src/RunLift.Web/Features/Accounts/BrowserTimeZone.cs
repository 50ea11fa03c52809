using Microsoft.AspNetCore.Http.Features;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// The time zone the athlete's browser reports as they sign in or register: the sign-in forms carry a hidden field
/// (<c>BrowserTimeZoneField</c>) that <c>wwwroot/browser-time-zone.js</c> fills with
/// <c>Intl.DateTimeFormat().resolvedOptions().timeZone</c> as the form is sent. The profile keeps it only while it
/// has no zone (<see cref="Data.Profiles.ProfileTimeZone.KeepFromBrowserAsync"/>), so the athlete's own choice stays.
/// </summary>
internal static class BrowserTimeZone
{
    /// <summary>The hidden field's name: outside the forms' models, which need not know of it.</summary>
    public const string FieldName = "browserTimeZone";

    /// <summary>
    /// The zone this request's sign-in form reported, or null. Only a form already read (the sign-in pages') is looked
    /// at: a sign-in that refreshes the cookie during another request never reads that request's body for it.
    /// </summary>
    public static string? Reported(HttpContext? context) =>
        context?.Features.Get<IFormFeature>()?.Form is { } form && form.TryGetValue(FieldName, out var value) && value.Count == 1
            ? value.ToString()
            : null;
}
