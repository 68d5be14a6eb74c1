namespace InvestPromo.Application.Notifications.Queries.ListMyNotifications;

public enum NotificationOrder
{
    /// <summary>Newest first (the default).</summary>
    Newest = 1,

    /// <summary>Unread first, each part newest first.</summary>
    UnreadFirst = 2,
}

/// <summary>The signed-in user's own notifications, paged on the server.</summary>
public sealed record ListMyNotificationsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, bool UnreadOnly = false, NotificationOrder Order = NotificationOrder.Newest)
    : IQuery<PagedList<NotificationDto>>, IPagedQuery;

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Order).IsDefinedValue();
    }
}

public sealed class ListMyNotificationsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMyNotificationsQuery, PagedList<NotificationDto>>
{
    public async ValueTask<PagedList<NotificationDto>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var me = user.RecipientId();
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == me);
        if (query.UnreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var ordered = query.Order == NotificationOrder.UnreadFirst
            ? mine.OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            : mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);
        var page = await ordered.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<NotificationDto>(page.Items.Select(n => n.ToDto()).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
