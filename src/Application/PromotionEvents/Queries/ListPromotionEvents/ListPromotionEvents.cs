namespace InvestPromo.Application.PromotionEvents.Queries.ListPromotionEvents;

/// <summary>The events the caller may see (<see cref="PromotionEventScope"/>), newest first, filtered; the center's queue is <c>status=Proposed</c>.</summary>
public sealed record ListPromotionEventsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, PromotionEventFilter? Filter = null)
    : IQuery<PagedList<PromotionEventListItemDto>>, IPagedQuery;

public sealed class ListPromotionEventsValidator : AbstractValidator<ListPromotionEventsQuery>
{
    public ListPromotionEventsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Filter!).SetValidator(new PromotionEventFilterValidator()).When(x => x.Filter is not null);
    }
}

public sealed class ListPromotionEventsHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListPromotionEventsQuery, PagedList<PromotionEventListItemDto>>
{
    public async ValueTask<PagedList<PromotionEventListItemDto>> Handle(ListPromotionEventsQuery query, CancellationToken cancellationToken) =>
        await db.PromotionEvents.AsNoTracking().VisibleTo(user).Filter(query.Filter ?? new()).InListOrder().ProjectToListItem(db)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
}
