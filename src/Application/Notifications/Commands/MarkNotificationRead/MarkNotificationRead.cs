using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications.Commands.MarkNotificationRead;

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
