using RunLift.Auditing;

namespace RunLift.Formats.Reports;

/// <summary>
/// The severity at which an audit fails: <c>runlift audit --fail-on</c> (exit code 1) and <c>failOn</c> of
/// <c>POST /api/v1/audit</c> (the <c>fail</c> outcome).
/// </summary>
public enum FailOn
{
    /// <summary>A finding of severity error fails (the default).</summary>
    Error,

    /// <summary>A finding of severity warning or error fails.</summary>
    Warning,

    /// <summary>Nothing fails.</summary>
    Never,
}

/// <summary>The names of <see cref="FailOn"/> on the command line, in the API and in the docs, and what each fails on.</summary>
public static class FailOnLevels
{
    private static readonly Dictionary<FailOn, string> Names = new()
    {
        [FailOn.Error] = "error",
        [FailOn.Warning] = "warning",
        [FailOn.Never] = "never",
    };

    /// <summary>Every level, in the order help and docs list them: error, warning, never.</summary>
    public static IReadOnlyList<FailOn> All { get; } = [.. Names.Keys];

    /// <summary>The level when none is given.</summary>
    public const FailOn Default = FailOn.Error;

    /// <summary>The level's name: <c>error</c>, <c>warning</c> or <c>never</c>.</summary>
    public static string Name(this FailOn level) => Names[level];

    /// <summary>The level named exactly <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(string? name, out FailOn level)
    {
        foreach (var (candidate, word) in Names)
        {
            if (word == name)
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>Whether <paramref name="report"/> has a finding at or above <paramref name="level"/>.</summary>
    public static bool Fails(this FailOn level, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return level switch
        {
            FailOn.Warning => report.HasFindingsAtOrAbove(Severity.Warning),
            FailOn.Error => report.HasFindingsAtOrAbove(Severity.Error),
            _ => false,
        };
    }
}
