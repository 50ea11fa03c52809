namespace RunLift.Web.Features.Progress;

/// <summary>The progress report of the "all" range, and where it starts and what it leaves out.</summary>
internal sealed record DenseProgress(ProgressReport Report, DenseStart Start);

/// <summary>
/// Where the progress charts' "all" range starts: the first week with training, unless the log opens with a few
/// stray weeks and then a long break (one 57-second run in 2017, then three years of training from 2021). Drawn from
/// the stray week, the charts would squeeze the years that matter into their right edge; they start instead after the
/// last break of more than <see cref="LongBreakWeeks"/> empty weeks that leaves at most <see cref="StrayShare"/> of
/// the weeks with training before it. A history that trained for years, stopped and started again keeps its early
/// years: they are more than a tenth of it.
/// </summary>
/// <param name="Start">The Monday the charts start on.</param>
/// <param name="WeeksLeftOut">The weeks with training before it, which the charts leave out.</param>
/// <param name="FirstLeftOut">The first of them; null when none is left out.</param>
internal sealed record DenseStart(DateOnly Start, int WeeksLeftOut, DateOnly? FirstLeftOut)
{
    /// <summary>A break longer than this many empty weeks (half a year) may part stray weeks from the history.</summary>
    public const int LongBreakWeeks = 26;

    /// <summary>The most of the weeks with training that may be left out as stray: a tenth.</summary>
    public const double StrayShare = 0.1;

    /// <summary>
    /// The start for <paramref name="trainedWeeks"/>, the Mondays of the weeks with training in ascending order;
    /// <paramref name="empty"/> (this week) when there are none.
    /// </summary>
    public static DenseStart Of(IReadOnlyList<DateOnly> trainedWeeks, DateOnly empty)
    {
        if (trainedWeeks.Count == 0)
        {
            return new DenseStart(empty, 0, null);
        }

        var start = 0;
        for (var i = 1; i < trainedWeeks.Count && i <= StrayShare * trainedWeeks.Count; i++)
        {
            var emptyWeeks = (trainedWeeks[i].DayNumber - trainedWeeks[i - 1].DayNumber) / 7 - 1;
            if (emptyWeeks > LongBreakWeeks)
            {
                start = i;
            }
        }

        return new DenseStart(trainedWeeks[start], start, start > 0 ? trainedWeeks[0] : null);
    }
}
