namespace InvestPromo.Application.Publications.Queries.ListPublications;

/// <summary>The publications, newest week first, paged. Public: the summaries name no one.</summary>
public sealed record ListPublicationsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<PublicationSummaryDto>>, IPagedQuery;

public sealed class ListPublicationsValidator : AbstractValidator<ListPublicationsQuery>
{
    public ListPublicationsValidator() => this.AddPagingRules();
}

public sealed class ListPublicationsHandler(IApplicationDbContext db) : IQueryHandler<ListPublicationsQuery, PagedList<PublicationSummaryDto>>
{
    public async ValueTask<PagedList<PublicationSummaryDto>> Handle(ListPublicationsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.Publications.AsNoTracking()
            .OrderByDescending(p => p.WeekStart)
            .Select(p => new { p.Id, p.Year, p.Number, p.WeekStart, p.WeekEnd, p.PublishedAt, p.PublishedOn, p.PublicityWorkingDays, p.PublicityEndsOn, p.EntryCount })
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<PublicationSummaryDto>(
            [.. page.Items.Select(p => new PublicationSummaryDto(
                p.Id, p.Year, p.Number, Domain.Publications.Publication.LabelOf(p.Year, p.Number), p.WeekStart, p.WeekEnd, p.PublishedAt, p.PublishedOn,
                p.PublicityWorkingDays, p.PublicityEndsOn, p.EntryCount))],
            page.Page,
            page.PageSize,
            page.TotalCount);
    }
}
