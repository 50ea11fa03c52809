using RunLift.Progress;

namespace RunLift.Web.Features.Progress;

/// <summary>
/// The training load of each day from <see cref="First"/> to <see cref="Last"/>, running and lifting apart (each
/// run's and session's load is the domain's <see cref="TrainingLoad"/>), and the report's days and weekly sums
/// folded from them: fitness and fatigue are averaged from <see cref="First"/>, the athlete's first day of training
/// (or the report's first, when that is earlier), whatever day the report starts on.
/// </summary>
internal sealed class DailyLoads
{
    private readonly double[] _running;
    private readonly double[] _strength;

    /// <summary>Days from <paramref name="first"/> to <paramref name="last"/>, all without load yet.</summary>
    public DailyLoads(DateOnly first, DateOnly last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
        _running = new double[last.DayNumber - first.DayNumber + 1];
        _strength = new double[_running.Length];
    }

    /// <summary>The first day held.</summary>
    public DateOnly First { get; }

    /// <summary>The last day held.</summary>
    public DateOnly Last { get; }

    /// <summary>Adds a run's (or runs') load to <paramref name="date"/>; a day outside the range is not held.</summary>
    public void AddRunning(DateOnly date, double load) => Add(_running, date, load);

    /// <summary>Adds a strength session's load to <paramref name="date"/>; a day outside the range is not held.</summary>
    public void AddStrength(DateOnly date, double load) => Add(_strength, date, load);

    /// <summary>Running and lifting load summed over the 7 days from <paramref name="monday"/>, to one decimal.</summary>
    public (double Running, double Strength) Week(DateOnly monday)
    {
        double running = 0, strength = 0;
        for (var day = monday; day <= monday.AddDays(6); day = day.AddDays(1))
        {
            if (IndexOf(day) is { } i)
            {
                running += _running[i];
                strength += _strength[i];
            }
        }

        return (Round(running), Round(strength));
    }

    /// <summary>
    /// Each day from <paramref name="from"/> to <paramref name="to"/> (both within the range held) with its loads, and
    /// fitness, fatigue and form averaged from <see cref="First"/>; form is fitness − fatigue as rounded, so that the
    /// three numbers a reader sees agree.
    /// </summary>
    public IReadOnlyList<ProgressDay> Days(DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, First);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, Last);
        var days = new List<ProgressDay>(Math.Max(0, to.DayNumber - from.DayNumber + 1));
        var balance = FitnessFatigue.None;
        for (var i = 0; i <= to.DayNumber - First.DayNumber; i++)
        {
            balance = balance.After(_running[i] + _strength[i]);
            var date = First.AddDays(i);
            if (date >= from)
            {
                var (fitness, fatigue) = (Round(balance.Fitness), Round(balance.Fatigue));
                days.Add(new ProgressDay(date, Round(_running[i]), Round(_strength[i]), fitness, fatigue, Round(fitness - fatigue)));
            }
        }

        return days;
    }

    private void Add(double[] loads, DateOnly date, double load)
    {
        if (IndexOf(date) is { } i)
        {
            loads[i] += load;
        }
    }

    private int? IndexOf(DateOnly date) => date >= First && date <= Last ? date.DayNumber - First.DayNumber : null;

    private static double Round(double load) => Math.Round(load, 1);
}
