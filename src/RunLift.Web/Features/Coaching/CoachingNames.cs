namespace RunLift.Web.Features.Coaching;

/// <summary>How coaching names a person to the other side: their display name, or their e-mail when they gave none.</summary>
internal static class CoachingNames
{
    public static string Of(string? displayName, string? email) =>
        string.IsNullOrWhiteSpace(displayName) ? email ?? "" : displayName;
}
