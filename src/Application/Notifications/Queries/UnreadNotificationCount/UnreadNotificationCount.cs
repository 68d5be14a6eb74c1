namespace InvestPromo.Application.Notifications.Queries.UnreadNotificationCount;

/// <summary>How many of the signed-in user's notifications are unread (the bell's badge).</summary>
public sealed record UnreadNotificationCountQuery : IQuery<UnreadCountDto>;

public sealed class UnreadNotificationCountHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<UnreadNotificationCountQuery, UnreadCountDto>
{
    public async ValueTask<UnreadCountDto> Handle(UnreadNotificationCountQuery query, CancellationToken cancellationToken)
    {
        var me = user.RecipientId();
        return new UnreadCountDto(await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, cancellationToken));
    }
}
