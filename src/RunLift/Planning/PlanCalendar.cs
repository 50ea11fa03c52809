using RunLift.Auditing.Analysis;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// The plan's days and weeks, and the running on them: the running week expanded to dates (a race replaces
/// the run of its day), placed on a timeline of hours with the auditor's assumptions (runs without a time at
/// 07:00, races at 09:00), so that the plan is scheduled by the same clock it is judged by.
/// </summary>
internal sealed class PlanCalendar
{
    // The auditor's own assumptions, not copies of them: a plan must be scheduled by the clock it is judged by.
    private static readonly TimeOnly AssumedRunTime = TrainingAnalyzer.AssumedRunTime;
    private static readonly TimeOnly RaceStart = TrainingAnalyzer.RaceStart;

    // Constraints look past the plan's last day: a session on the last Sunday must respect Monday's key run.
    private const int LookAheadDays = 14;

    private readonly Dictionary<DateOnly, List<Run>> _runsByDate = [];

    public PlanCalendar(PlanRequest request)
    {
        Start = request.Start;
        Monday = IsoWeek.MondayOf(Start);
        WeekCount = request.PlannedWeeks;
        End = IsoWeek.Of(Monday).Plus(WeekCount - 1).Sunday;
        var races = request.Races.ToDictionary(r => r.Date, r => r);
        for (var date = Start; date <= End.AddDays(LookAheadDays); date = date.AddDays(1))
        {
            var runs = races.TryGetValue(date, out var race)
                ? [new Run(RunKind.Race) { Date = date, Time = TimeOfDay.At(RaceStart), Duration = null }]
                : request.RunningWeek.Where(r => r.Day == date.DayOfWeek && r.Kind != RunKind.Rest).Select(r => r with { Day = null, Date = date }).ToList();
            _runsByDate[date] = runs;
        }

        Races = [.. request.Races.OrderBy(r => r.Date)];
        KeyRuns = [.. _runsByDate.Values.SelectMany(r => r).Where(r => r.IsKey).Select(r => (Run: r, Hour: Hour(r.Date!.Value, r.Time?.Time ?? AssumedRunTime))).OrderBy(k => k.Hour)];
    }

    public DateOnly Start { get; }

    /// <summary>The Monday of the first week: the timeline's zero.</summary>
    public DateOnly Monday { get; }

    public DateOnly End { get; }

    public int WeekCount { get; }

    public IReadOnlyList<Race> Races { get; }

    public IReadOnlyList<(Run Run, double Hour)> KeyRuns { get; }

    /// <summary>The dated runs of the plan's own days, races included.</summary>
    public IEnumerable<Run> Runs => _runsByDate.Where(d => d.Key <= End).OrderBy(d => d.Key).SelectMany(d => d.Value);

    /// <summary>Hours from <paramref name="hour"/> to the next key run.</summary>
    public double HoursToNextKeyRun(double hour) => NextKeyRunIndex(hour) is var i && i < KeyRuns.Count ? KeyRuns[i].Hour - hour : double.MaxValue;

    /// <summary>The next key run after <paramref name="hour"/> and the hours to it, when there is one.</summary>
    public (Run Run, double Hours)? NextKeyRun(double hour) =>
        NextKeyRunIndex(hour) is var i && i < KeyRuns.Count ? (KeyRuns[i].Run, KeyRuns[i].Hour - hour) : null;

    // Key runs are sorted by hour, so a binary search: this is asked for every day of the plan.
    private int NextKeyRunIndex(double hour)
    {
        var (low, high) = (0, KeyRuns.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = KeyRuns[middle].Hour <= hour ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    public IReadOnlyList<Run> RunsOn(DateOnly date) => _runsByDate.TryGetValue(date, out var runs) ? runs : [];

    public DateOnly WeekStart(int week) => week == 0 ? Start : IsoWeek.Of(Monday).Plus(week).Monday;

    public IEnumerable<DateOnly> DaysOf(int week)
    {
        for (var date = WeekStart(week); date <= IsoWeek.Of(Monday).Plus(week).Sunday; date = date.AddDays(1))
        {
            yield return date;
        }
    }

    public double Hour(DateOnly date, TimeOnly time) => ((date.DayNumber - Monday.DayNumber) * 24.0) + time.ToTimeSpan().TotalHours;

    public double HourOf(Race race) => Hour(race.Date, RaceStart);
}
