using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace RunLift.Web.Operations;

// The shape of every paged answer of the API. Its summary is the schema's description in the OpenAPI document.
/// <summary>One page of a list, newest first.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Which page of a list a client asked for: its number from 1 and its size.</summary>
internal readonly record struct PageRequest(int Number, int Size)
{
    public const int MaxSize = 200;
    public const int DefaultSize = 50;

    // Far beyond any athlete's log, and small enough that (Number - 1) * Size cannot overflow.
    private const int MaxNumber = 1_000_000;

    /// <summary>The page <paramref name="page"/> and <paramref name="pageSize"/> name (1 and 50 when not given), or the 400 that says what is wrong.</summary>
    public static ProblemHttpResult? TryRead(int? page, int? pageSize, out PageRequest request)
    {
        request = new PageRequest(page ?? 1, pageSize ?? DefaultSize);
        return page is < 1 or > MaxNumber ? Problems.BadRequest("page must be 1 or more.")
            : pageSize is < 1 or > MaxSize ? Problems.BadRequest($"pageSize must be between 1 and {MaxSize}.")
            : null;
    }
}

internal static class PagedQueries
{
    /// <summary>The requested page of <paramref name="ordered"/> (already in the list's order), each item shaped by <paramref name="select"/> in SQL.</summary>
    public static async Task<Paged<TItem>> PageAsync<TRow, TItem>(
        this IQueryable<TRow> ordered, PageRequest page, Expression<Func<TRow, TItem>> select, CancellationToken cancellation)
    {
        var total = await ordered.CountAsync(cancellation);
        var items = await ordered.Skip((page.Number - 1) * page.Size).Take(page.Size).Select(select).ToListAsync(cancellation);
        return new Paged<TItem>(items, page.Number, page.Size, total);
    }
}
