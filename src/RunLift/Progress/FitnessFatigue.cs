namespace RunLift.Progress;

/// <summary>
/// Fitness, fatigue and form on one day, from the daily training loads up to it (<see cref="TrainingLoad"/>, running
/// and lifting together): fitness and fatigue are exponentially weighted moving averages of the daily load over 42 and
/// 7 days, the chronic and acute loads of the fitness–fatigue model, weighted with λ = 2/(N + 1) as Williams et al.
/// (2017, BJSM 51:209) recommend over rolling sums; form = fitness − fatigue, negative while the last week's load
/// outruns the last six weeks'. Each average starts at 0 the day before the first day it is given. A picture of
/// the load, not an injury forecast: their ratio predicts injury poorly (Impellizzeri 2020).
/// </summary>
/// <param name="Fitness">The 42-day average of the daily load.</param>
/// <param name="Fatigue">The 7-day average of the daily load.</param>
public readonly record struct FitnessFatigue(double Fitness, double Fatigue)
{
    /// <summary>The span of the fitness average, in days.</summary>
    public const int FitnessDays = 42;

    /// <summary>The span of the fatigue average, in days.</summary>
    public const int FatigueDays = 7;

    /// <summary>Before any training: both averages 0.</summary>
    public static FitnessFatigue None { get; } = new(0, 0);

    /// <summary>Fitness − fatigue.</summary>
    public double Form => Fitness - Fatigue;

    /// <summary>The weight a day's load gets in an average over <paramref name="days"/> days: 2/(N + 1).</summary>
    public static double Weight(int days) => 2.0 / (days + 1);

    /// <summary>
    /// The next day's averages, given its load: average + λ × (load − average). A load that is negative or not a
    /// number counts as none, so that one broken record cannot spoil every day after it.
    /// </summary>
    public FitnessFatigue After(double load)
    {
        var counted = double.IsFinite(load) && load > 0 ? load : 0;
        return new(Fitness + Weight(FitnessDays) * (counted - Fitness), Fatigue + Weight(FatigueDays) * (counted - Fatigue));
    }

    /// <summary>Each day's averages, for <paramref name="dailyLoads"/> given day by day from the first day of training.</summary>
    public static IReadOnlyList<FitnessFatigue> Over(IEnumerable<double> dailyLoads)
    {
        ArgumentNullException.ThrowIfNull(dailyLoads);
        var days = new List<FitnessFatigue>();
        var today = None;
        foreach (var load in dailyLoads)
        {
            today = today.After(load);
            days.Add(today);
        }

        return days;
    }
}
