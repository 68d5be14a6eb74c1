using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Notifications.Commands;

/// <summary>The recipient marks one notification read (again: no change). Someone else's notification is a 404.</summary>
public sealed record MarkNotificationReadCommand(Guid Id) : ICommand;

public sealed class MarkNotificationReadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationReadCommand>
{
    public async ValueTask<Unit> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var me = user.RecipientId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.Id && n.RecipientId == me, cancellationToken)
            ?? throw new NotFoundException(nameof(Notification), command.Id);
        if (!notification.IsRead)
        {
            notification.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}

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

public static class NotificationRecipientExtensions
{
    /// <summary>Notifications belong to users; an API key (no user) may not read or mark any.</summary>
    public static Guid RecipientId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenAccessException("Notifications belong to signed-in users.");
}
