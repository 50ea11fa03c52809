namespace RunLift.Training;

/// <summary>A lift the athlete knows their max for.</summary>
/// <param name="Exercise">The exercise name as written.</param>
/// <param name="OneRepMax">The 1RM, given or estimated from a recent set.</param>
public sealed record KnownMax(string Exercise, Load OneRepMax);

/// <summary>What the auditor and planner know about the lifter.</summary>
public sealed record Athlete
{
    /// <summary>Lifting experience; <see cref="Experience.Novice"/> when not given.</summary>
    public Experience Experience { get; init; } = Experience.Novice;

    /// <summary>Bodyweight, when given.</summary>
    public Load? Bodyweight { get; init; }

    /// <summary>Rehabilitating an injury: unstable-surface work is then expected and only noted.</summary>
    public bool Rehab { get; init; }

    /// <summary>Where the athlete is injured, when known: with <see cref="Rehab"/>, the plan protects the site and rehabilitates it first.</summary>
    public InjurySite? Injury { get; init; }

    /// <summary>The site the plan is rehabilitating: the injury, while rehab is on.</summary>
    public InjurySite? RehabSite => Rehab ? Injury : null;

    /// <summary>
    /// The athlete's IANA time zone, when known (formats.md, <c>athlete.timezone</c>): their days, "today" and the
    /// times of planned sessions are read on its clock.
    /// </summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Known or estimated 1RMs.</summary>
    public IReadOnlyList<KnownMax> Maxes { get; init; } = [];
}
