namespace InvestPromo.Application.Common.Models;

/// <summary>One page of a list, with the total so clients can page on the server.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static int Skip(int page, int pageSize) => (Math.Max(page, 1) - 1) * pageSize;
}
