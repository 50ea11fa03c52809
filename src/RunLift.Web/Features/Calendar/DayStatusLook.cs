using System.Globalization;
using MudBlazor;
using RunLift.Following;
using RunLift.Training;

namespace RunLift.Web.Features.Calendar;

/// <summary>
/// How the calendar shows a day's status: always a word and an icon beside its colour (never the colour alone), and
/// the sentences for moved and dropped sessions.
/// </summary>
internal static class DayStatusLook
{
    /// <summary>The statuses in the legend's order.</summary>
    public static IReadOnlyList<DayStatus> All { get; } = Enum.GetValues<DayStatus>();

    /// <summary>The word the API uses too: done, partial, missed, planned, moved, unplanned, rest.</summary>
    public static string Word(DayStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>What the status means, for the legend.</summary>
    public static string Meaning(DayStatus status) => status switch
    {
        DayStatus.Done => "80 % or more of the planned working sets",
        DayStatus.Partial => "50–79 % of them",
        DayStatus.Missed => "under half of them, or not done",
        DayStatus.Planned => "still to do",
        DayStatus.Moved => "missed, and moved to a later day of its week",
        DayStatus.Unplanned => "logged, in no plan",
        _ => "nothing planned or lifted",
    };

    /// <summary>Its icon, beside the word.</summary>
    public static string Icon(DayStatus status) => status switch
    {
        DayStatus.Done => Icons.Material.Filled.CheckCircle,
        DayStatus.Partial => Icons.Material.Filled.Timelapse,
        DayStatus.Missed => Icons.Material.Filled.Cancel,
        DayStatus.Planned => Icons.Material.Filled.EventNote,
        DayStatus.Moved => Icons.Material.Filled.Redo,
        DayStatus.Unplanned => Icons.Material.Filled.AddCircle,
        _ => Icons.Material.Filled.Hotel,
    };

    /// <summary>The CSS class that colours it (app.css).</summary>
    public static string CssClass(DayStatus status) => "cal-" + Word(status);

    /// <summary>What a planned session on a day says beside its name: where it came from or went, or why it was dropped.</summary>
    public static string? Note(CalendarPlanned planned) => planned switch
    {
        { MovedTo: { } to } => $"moved to {Short(to)}",
        { MovedFrom: { } from } => $"moved from {Short(from)}",
        { Dropped: true } => "dropped: no later day this week kept 48 h between sessions and 24 h before a key run for heavy legs",
        _ => null,
    };

    /// <summary>A run as the day shows it: "long run · 110 min".</summary>
    public static string Run(CalendarRun run) => $"{run.Kind.Name()} run · {run.Minutes} min";

    /// <summary>A share as a whole percentage: "83 %".</summary>
    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0} %");

    /// <summary>A day in a sentence: "Thu 12".</summary>
    public static string Short(DateOnly date) => date.ToString("ddd d", CultureInfo.InvariantCulture);
}
