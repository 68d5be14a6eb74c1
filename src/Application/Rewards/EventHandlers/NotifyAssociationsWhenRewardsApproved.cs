using InvestPromo.Application.Users;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.EventHandlers;

/// <summary>The active users of every association with a line in the approved revision are told (in the approval's save).</summary>
public sealed class NotifyAssociationsWhenRewardsApproved(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : INotificationHandler<RewardsApproved>
{
    public async ValueTask Handle(RewardsApproved notification, CancellationToken cancellationToken)
    {
        var associations = await db.RewardLines.AsNoTracking()
            .Where(l => l.CalculationId == notification.CalculationId && l.AssociationId != null)
            .Select(l => l.AssociationId!.Value).Distinct().ToListAsync(cancellationToken);
        if (associations.Count == 0)
        {
            return;
        }

        var recipients = await users.ActiveAssociationUsersAsync(associations, cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Select(r => Notification.ForRewardsApproved(r, notification.Year, notification.Revision, now)));
    }
}
