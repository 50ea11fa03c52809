using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// What a runner asks the planner for: who they are, their running week and races, and the plan's limits
/// (formats.md §4). Build one with the reader or directly; <see cref="Validate"/> says what is wrong with it.
/// </summary>
public sealed record PlanRequest
{
    /// <summary>The longest plan, in weeks.</summary>
    public const int MaxWeeks = 52;

    /// <summary>The default session cap, in minutes.</summary>
    public const int DefaultSessionMinutes = 60;

    /// <summary>The shortest session cap that still fits a whole-body session.</summary>
    public const int MinSessionMinutes = 25;

    /// <summary>The lifter; defaults when not given.</summary>
    public Athlete Athlete { get; init; } = new();

    /// <summary>The unit loads are written in.</summary>
    public MassUnit Units { get; init; } = MassUnit.Kilograms;

    /// <summary>The running week: runs on weekdays.</summary>
    public IReadOnlyList<Run> RunningWeek { get; init; } = [];

    /// <summary>Races on the calendar.</summary>
    public IReadOnlyList<Race> Races { get; init; } = [];

    /// <summary>The plan's first day.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>How many weeks a plan has when no length is asked for and no A race is ahead: one training block.</summary>
    public const int DefaultWeeksWithoutRace = 12;

    /// <summary>How many weeks to plan; null for the default (one week past the last A race, or <see cref="DefaultWeeksWithoutRace"/> without one).</summary>
    public int? Weeks { get; init; }

    /// <summary>The longest a session may be.</summary>
    public int MaxSessionMinutes { get; init; } = DefaultSessionMinutes;

    /// <summary>An upper bound on strength sessions per week, when given.</summary>
    public int? SessionsPerWeek { get; init; }

    /// <summary>The equipment at hand; empty means bodyweight only.</summary>
    public IReadOnlySet<Equipment> Equipment { get; init; } = EquipmentSets.FullGym;

    /// <summary>The number of weeks the plan will have.</summary>
    public int PlannedWeeks
    {
        get
        {
            if (Weeks is { } weeks)
            {
                return weeks;
            }

            var lastA = Races.Where(r => r.Priority == RacePriority.A && r.Date >= Start).Select(r => (DateOnly?)r.Date).Max();
            return lastA is { } race ? Math.Clamp(((race.DayNumber - Start.DayNumber) / 7) + 2, 1, MaxWeeks) : DefaultWeeksWithoutRace;
        }
    }

    /// <summary>What is wrong with the request: each problem with the field it is about. Empty when the request can be planned.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        if (Weeks is < 1 or > MaxWeeks)
        {
            problems.Add(new("plan.weeks", $"must be between 1 and {MaxWeeks}, not {Weeks}"));
        }

        if (SessionsPerWeek is < 1 or > 3)
        {
            problems.Add(new("plan.sessions-per-week", SessionsPerWeek < 1
                ? "must be at least 1: a plan with no strength sessions is not a strength plan"
                : $"must be at most 3, not {SessionsPerWeek}: runners do best on 2–3 sessions a week (more is RL101)"));
        }

        if (MaxSessionMinutes < MinSessionMinutes)
        {
            problems.Add(new("plan.max-session-minutes", $"must be at least {MinSessionMinutes}: a whole-body session needs that long"));
        }

        for (var i = 0; i < Races.Count; i++)
        {
            if (Races[i].Date < Start)
            {
                problems.Add(new($"races[{i}].date", $"{Races[i].Date:yyyy-MM-dd} is before the plan starts ({Start:yyyy-MM-dd})"));
            }
        }

        if (Races.Where(r => r.Priority == RacePriority.A).Any(r => r.Date.DayNumber - Start.DayNumber > (MaxWeeks * 7) + 6) && Weeks is null)
        {
            problems.Add(new("races", $"the A race is more than {MaxWeeks} weeks after the start: start the plan later, or give plan.weeks"));
        }

        return problems;
    }
}

/// <summary>A problem with a plan request.</summary>
/// <param name="Field">The field, as the request file names it (<c>plan.weeks</c>, <c>races[0].date</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record RequestProblem(string Field, string Message);

/// <summary>A plan request that cannot be planned.</summary>
public sealed class PlanRequestException(IReadOnlyList<RequestProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RequestProblem> Problems { get; } = problems;
}
