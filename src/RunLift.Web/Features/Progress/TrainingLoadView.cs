using System.Globalization;
using MudBlazor;
using RunLift.Time;

namespace RunLift.Web.Features.Progress;

/// <summary>
/// What the progress page's training-load chart draws from a report: running and lifting bars, the fitness, fatigue
/// and form lines, their labels, and the sentences that say the same for a screen reader.
/// </summary>
internal sealed class TrainingLoadView
{
    /// <summary>The id the page's address names to land on the chart (<c>/progress#load</c>).</summary>
    public const string Anchor = "load";

    // A bar a day reads up to a year; beyond it the bars would be thinner than a pixel on a phone, so they sum each
    // week and the lines show each week's last day.
    private const int MostDays = 7 * 53;

    private TrainingLoadView(bool daily, string[] labels, List<ChartSeries<double>> loads, List<ChartSeries<double>> balance, string[] summary)
    {
        Daily = daily;
        Labels = labels;
        Loads = loads;
        Balance = balance;
        Summary = summary;
    }

    /// <summary>A bar and a point a day; else one a week.</summary>
    public bool Daily { get; }

    /// <summary>The x axis: four or five dates, counted back from the last point, the others blank (<see cref="AxisLabels"/>).</summary>
    public string[] Labels { get; }

    /// <summary>Running and lifting load, to stack.</summary>
    public List<ChartSeries<double>> Loads { get; }

    /// <summary>Fitness, fatigue and form.</summary>
    public List<ChartSeries<double>> Balance { get; }

    /// <summary>This week's load and today's form, and the range's split between running and lifting.</summary>
    public string[] Summary { get; }

    private sealed record Point(DateOnly Date, double Running, double Strength, double Fitness, double Fatigue, double Form);

    /// <summary>The chart of <paramref name="report"/>'s days (at least one: the report runs to today).</summary>
    public static TrainingLoadView Of(ProgressReport report)
    {
        var days = report.Days;
        var daily = days.Count <= MostDays;
        List<Point> points = daily
            ? [.. days.Select(d => new Point(d.Date, d.RunningLoad, d.StrengthLoad, d.Fitness, d.Fatigue, d.Form))]
            : [.. days.GroupBy(d => IsoWeek.MondayOf(d.Date))
                .Select(w => new Point(w.Key, Math.Round(w.Sum(d => d.RunningLoad)), Math.Round(w.Sum(d => d.StrengthLoad)), w.Last().Fitness, w.Last().Fatigue, w.Last().Form))];

        return new TrainingLoadView(
            daily,
            AxisLabels.Of([.. points.Select(p => p.Date)], withinAYear: daily),
            [Series("Running", points, p => p.Running), Series("Lifting", points, p => p.Strength)],
            [Series("Fitness (6 weeks)", points, p => p.Fitness), Series("Fatigue (1 week)", points, p => p.Fatigue), Series("Form", points, p => p.Form)],
            SummaryOf(report));
    }

    private static ChartSeries<double> Series(string name, IEnumerable<Point> points, Func<Point, double> value) =>
        new() { Name = name, Data = new ChartData<double>([.. points.Select(p => (double?)value(p))]) };

    private static string[] SummaryOf(ProgressReport report)
    {
        var week = report.Weeks[^1];
        var today = report.Days[^1];
        var running = report.Days.Sum(d => d.RunningLoad);
        var lifting = report.Days.Sum(d => d.StrengthLoad);
        return
        [
            string.Create(CultureInfo.InvariantCulture,
                $"This week: running {week.RunningLoad:0}, lifting {week.StrengthLoad:0}; form {Signed(today.Form)} (fitness {today.Fitness:0}, fatigue {today.Fatigue:0})."),
            running + lifting > 0
                ? string.Create(CultureInfo.InvariantCulture, $"Over this range: running {running:0}, lifting {lifting:0} ({100 * lifting / (running + lifting):0} % of the load).")
                : "No load in this range yet: log a run or a strength session and it shows here.",
        ];
    }

    // Below zero with a true minus sign, which a screen reader reads as "minus".
    private static string Signed(double value) =>
        Math.Round(value) is var whole && whole < 0 ? string.Create(CultureInfo.InvariantCulture, $"−{-whole:0}") : whole.ToString("0", CultureInfo.InvariantCulture);
}
