namespace InvestPromo.Application.Notifications.Commands.MarkAllNotificationsRead;

/// <summary>The recipient marks all their unread notifications read; answers how many were.</summary>
public sealed record MarkAllNotificationsReadCommand : ICommand<UnreadCountDto>;

public sealed class MarkAllNotificationsReadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkAllNotificationsReadCommand, UnreadCountDto>
{
    public async ValueTask<UnreadCountDto> Handle(MarkAllNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var me = user.RecipientId();
        var unread = await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        unread.ForEach(n => n.MarkRead(now));
        if (unread.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new UnreadCountDto(unread.Count);
    }
}
