using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.ListFilings;

/// <summary>Filings, newest first: a filer's own unit's; everyone else who may read filings sees all units'.</summary>
public sealed record ListFilingsQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    FilingStatus? Status = null,
    string? Search = null) : IQuery<PagedList<FilingListItemDto>>, IPagedQuery, IFilteredFilingQuery
{
    public FilingFilter Filter { get; init; } = new();
}

public sealed class ListFilingsValidator : AbstractValidator<ListFilingsQuery>
{
    public ListFilingsValidator()
    {
        this.AddPagingRules();
        this.AddFilterRules();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListFilingsHandler(IApplicationDbContext db, RegionOptions region, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListFilingsQuery, PagedList<FilingListItemDto>>
{
    public async ValueTask<PagedList<FilingListItemDto>> Handle(ListFilingsQuery query, CancellationToken cancellationToken)
    {
        var filings = db.Filings.AsNoTracking().VisibleTo(user).Filter(query.Filter, region).Search(query.Status, query.Search);
        return await filings.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id)
            .ToListItems(db, clock.GetUtcNow())
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
