namespace RunLift.Auditing;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>A suggestion.</summary>
    Info,

    /// <summary>Likely a mistake, or a mistake by degree.</summary>
    Warning,

    /// <summary>A mistake.</summary>
    Error,
}

/// <summary>Which of the three mistakes or four rules a finding is about.</summary>
public enum Mistake
{
    /// <summary>Lifting like a bodybuilder.</summary>
    Bodybuilder,

    /// <summary>Lifting light for high reps "for endurance".</summary>
    EnduranceLifting,

    /// <summary>Main lifts on unstable surfaces.</summary>
    UnstableSurface,

    /// <summary>Not training the entire body.</summary>
    WholeBody,

    /// <summary>Lifting that gets in the way of the running.</summary>
    OverdoingIt,

    /// <summary>Problems with the input itself.</summary>
    Data,
}

/// <summary>Where a finding comes from: a session, and the exercise and sets in it when one is to blame.</summary>
/// <param name="Session">The session's name.</param>
public sealed record Evidence(string Session)
{
    /// <summary>The session's date (logs and plans).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The session's weekday (weekly routines).</summary>
    public DayOfWeek? Day { get; init; }

    /// <summary>The exercise to blame, when one is.</summary>
    public string? Exercise { get; init; }

    /// <summary>How many of its sets are to blame.</summary>
    public int? Sets { get; init; }

    /// <summary>A short explanation ("85 min, recorded", "13 h before intervals on Wed").</summary>
    public string? Detail { get; init; }

    /// <summary>The key run or race the session is judged against, when there is one: its kind says how it was decided.</summary>
    public Training.Run? Run { get; init; }
}

/// <summary>Runner-appropriate replacements for an exercise that is the problem.</summary>
/// <param name="From">The exercise as written.</param>
/// <param name="To">Catalog names to use instead.</param>
public sealed record Swap(string From, IReadOnlyList<string> To);

/// <summary>One broken rule, with what triggered it and how to fix it.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Message">What is wrong, in a runner's words.</param>
/// <param name="Fix">A concrete fix.</param>
public sealed record Finding(AuditRuleInfo Rule, Severity Severity, string Message, string Fix)
{
    /// <summary>For logs: in how many weeks of the analysis window the rule was broken.</summary>
    public int? Weeks { get; init; }

    /// <summary>The sessions, exercises and sets that triggered it.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Replacements for the exercises to blame.</summary>
    public IReadOnlyList<Swap> Swaps { get; init; } = [];
}
