using InvestPromo.Application.Users;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Objections;

namespace InvestPromo.Application.Notifications.EventHandlers;

/// <summary>
/// Every active reviewer is told of a new objection to a published project (the link goes to the filing). Runs before the
/// save of the objection, so the notifications are inserted by the same SaveChanges, in its transaction.
/// </summary>
public sealed class NotifyReviewersWhenObjectionLodged(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : INotificationHandler<ObjectionLodged>
{
    public async ValueTask Handle(ObjectionLodged notification, CancellationToken cancellationToken)
    {
        var reviewers = await users.ActiveReviewersAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(reviewers.Select(reviewer => Notification.ForObjection(reviewer, notification.FilingId, notification.ProjectName, now)));
    }
}
