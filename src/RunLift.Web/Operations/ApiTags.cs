namespace RunLift.Web.Operations;

/// <summary>
/// The groups the API's operations are listed in (the OpenAPI document's tags), each with what it is for: every
/// endpoint names its group from here, and <see cref="ApiDocument"/> describes the groups from here.
/// </summary>
internal static class ApiTags
{
    public const string Audit = "Audit";
    public const string Plans = "Plans";
    public const string Catalog = "Catalog";
    public const string Account = "Account";
    public const string Profile = "Profile";
    public const string Log = "Log";
    public const string Progress = "Progress";
    public const string Dashboard = "Dashboard";
    public const string Calendar = "Calendar";
    public const string Coaching = "Coaching";
    public const string Settings = "Settings";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [Audit] =
            "Check a routine, a workout log or an export against the rules for runners who lift, as `runlift audit` " +
            "does. Open to anyone; a signed-in athlete's own readings of exercise names apply.",
        [Plans] =
            "Plan strength training around a running week and races, as `runlift plan` does (open to anyone), and " +
            "keep plans: saved plans, their Garmin workouts, a private calendar feed of them and what the log says a plan " +
            "needs (signed in; the feed's own secret URL needs no sign-in).",
        [Catalog] = "The exercises the audit and the planner know, with their names, aliases and movement patterns. Open to anyone.",
        [Account] =
            "Accounts with ASP.NET Core Identity: register, sign in for a bearer token (or the cookie), refresh the " +
            "token, confirm the e-mail address, reset the password, two-factor sign-in, and sign out everywhere.",
        [Profile] = "The signed-in athlete's profile and races: what the planner and the audit know about them.",
        [Log] =
            "The signed-in athlete's training log: strength sessions, runs, cross-training, imports of exports and " +
            "device files, and how their exercise names are read.",
        [Progress] = "The signed-in athlete's progress week by week: estimated maxes, volume, load, running and audit findings.",
        [Dashboard] = "The signed-in athlete's week at a glance.",
        [Calendar] =
            "Planned vs done: the signed-in athlete's saved plans against their log, day by day, with each day's status " +
            "and compliance, missed sessions moved within their week or dropped.",
        [Coaching] =
            "Coaches and athletes: a coach invites an athlete, the athlete accepts, declines or revokes, and a coach " +
            "reads (never changes) an athlete's training and comments on their sessions.",
        [Settings] = "The signed-in account's own data: download all of it, or delete the account and everything in it.",
    };

    /// <summary>What the group <paramref name="tag"/> is for; null for a tag not listed here.</summary>
    public static string? DescriptionOf(string? tag) => tag is not null && Descriptions.TryGetValue(tag, out var description) ? description : null;
}
