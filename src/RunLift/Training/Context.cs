namespace RunLift.Training;

/// <summary>How long someone has been lifting.</summary>
public enum Experience
{
    /// <summary>Never lifted, or not for years.</summary>
    New,

    /// <summary>Lifting for less than about a year.</summary>
    Novice,

    /// <summary>One to a few years of consistent lifting.</summary>
    Intermediate,

    /// <summary>Many years of consistent, heavy lifting.</summary>
    Advanced,
}

/// <summary>A phase of a periodized strength plan (principles.md, "What a good plan looks like").</summary>
public enum TrainingPhase
{
    /// <summary>Learning the patterns with moderate loads.</summary>
    Adaptation,

    /// <summary>Heavy base strength, more than 8 weeks before the A race.</summary>
    Strength,

    /// <summary>Pre-competition power, 8 to 3 weeks before the A race.</summary>
    Power,

    /// <summary>In season: low volume, heavy.</summary>
    Maintenance,

    /// <summary>The last 10 days before a race.</summary>
    Taper,

    /// <summary>Recovery after an A race.</summary>
    OffSeason,
}
