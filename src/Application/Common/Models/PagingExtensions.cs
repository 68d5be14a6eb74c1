namespace InvestPromo.Application.Common.Models;

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page in two queries; the caller orders the query first.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
