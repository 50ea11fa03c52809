using RunLift.Data.Log;
using RunLift.Time;

namespace RunLift.Web.Features.Log;

/// <summary>
/// The months an import adds sessions and runs to (or would, in a preview), so that its result says where in the log
/// the history went ("from July 2024 to September 2025") and links there: the log opens on its newest month, which
/// is not the imported one when the log already holds later training.
/// </summary>
/// <param name="First">The first day of the earliest month with a new session or run.</param>
/// <param name="Last">The first day of the latest one.</param>
internal sealed record ImportedMonths(DateOnly First, DateOnly Last)
{
    /// <summary>"in July 2024" or "from July 2024 to September 2025".</summary>
    public string Text => First == Last ? $"in {LogMonth.Named(First)}" : $"from {LogMonth.Named(First)} to {LogMonth.Named(Last)}";

    /// <summary>The months of <paramref name="import"/>'s new sessions and runs; null when it adds none.</summary>
    public static ImportedMonths? Of(ImportResult import)
    {
        DateOnly[] days = [.. import.Sessions.Where(s => s.New).Select(s => s.Date), .. import.Runs.Where(r => r.New).Select(r => r.Date)];
        return days.Length == 0 ? null : new ImportedMonths(Months.FirstDayOf(days.Min()), Months.FirstDayOf(days.Max()));
    }
}
