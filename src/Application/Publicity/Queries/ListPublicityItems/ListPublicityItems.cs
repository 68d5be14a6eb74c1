namespace InvestPromo.Application.Publicity.Queries.ListPublicityItems;

/// <summary>The publicity items the caller may see, newest first, filtered.</summary>
public sealed record ListPublicityItemsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, PublicityFilter? Filter = null)
    : IQuery<PagedList<PublicityItemDto>>, IPagedQuery;

public sealed class ListPublicityItemsValidator : AbstractValidator<ListPublicityItemsQuery>
{
    public ListPublicityItemsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Filter!).SetValidator(new PublicityFilterValidator()).When(x => x.Filter is not null);
    }
}

public sealed class ListPublicityItemsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListPublicityItemsQuery, PagedList<PublicityItemDto>>
{
    public async ValueTask<PagedList<PublicityItemDto>> Handle(ListPublicityItemsQuery query, CancellationToken cancellationToken) =>
        await db.PublicityItems.AsNoTracking().VisibleTo(user).Filter(query.Filter ?? new()).ProjectToDto(db)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
}
