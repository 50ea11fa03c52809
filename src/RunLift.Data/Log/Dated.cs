using System.Diagnostics.CodeAnalysis;

namespace RunLift.Data.Log;

/// <summary>A row of the log that happened on a day of the athlete's: a session, a run, cross-training.</summary>
public interface IDated
{
    /// <summary>The day, in the athlete's zone.</summary>
    [SuppressMessage("Naming", "CA1716", Justification = "The log's entities name their day Date, as their columns do; only C# implements this.")]
    DateOnly Date { get; }
}

/// <summary>Queries of the log's dated rows.</summary>
public static class DatedQueries
{
    /// <summary>The rows on or after <paramref name="from"/> and on or before <paramref name="to"/>, each bound only when given.</summary>
    public static IQueryable<T> Between<T>(this IQueryable<T> rows, DateOnly? from, DateOnly? to)
        where T : class, IDated
    {
        if (from is { } start)
        {
            rows = rows.Where(r => r.Date >= start);
        }

        return to is { } end ? rows.Where(r => r.Date <= end) : rows;
    }
}
