using Microsoft.EntityFrameworkCore;

namespace RunLift.Data;

/// <summary>A row that changes as a whole and tells its readers which change they read (the API's ETag).</summary>
public interface IVersioned
{
    /// <summary>1 when created, one more with each change.</summary>
    int Version { get; set; }
}

/// <summary>What claiming a change of a versioned row found.</summary>
public enum VersionClaim
{
    /// <summary>The row is the caller's to change; its version is already the next one.</summary>
    Claimed,

    /// <summary>There is no such row (of this athlete).</summary>
    Missing,

    /// <summary>The row changed since the caller read it: it has another version than the one expected.</summary>
    Changed,
}

/// <summary>Optimistic concurrency for <see cref="IVersioned"/> rows, as HTTP's If-Match asks.</summary>
public static class Versions
{
    /// <summary>
    /// The first statement of a change's transaction: moves the one row <paramref name="row"/> selects to its next
    /// version if it has <paramref name="expected"/> (any version when null). The update also locks the row, so two
    /// changes of it at once run one after the other, each on what the one before committed; a change that expected a
    /// version another one has moved on from is <see cref="VersionClaim.Changed"/>.
    /// </summary>
    public static async Task<VersionClaim> ClaimAsync<T>(IQueryable<T> row, int? expected, CancellationToken cancellation)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(row);
        var claimed = expected is { } version
            ? await row.Where(r => r.Version == version).ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, r => r.Version + 1), cancellation)
            : await row.ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, r => r.Version + 1), cancellation);
        if (claimed > 0)
        {
            return VersionClaim.Claimed;
        }

        if (!await row.AnyAsync(cancellation))
        {
            return VersionClaim.Missing;
        }

        // The row was created by another request between the two statements: a change that expected no particular
        // version claims it now, as it would have had the row been there a moment earlier.
        return expected is null && await row.ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, r => r.Version + 1), cancellation) > 0
            ? VersionClaim.Claimed
            : VersionClaim.Changed;
    }
}
