using InvestPromo.Application.Users;
using InvestPromo.Domain.Leads;
using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Leads.EventHandlers;

/// <summary>
/// The unit's active filers are told of a lead assigned to it; an association's active users of an opinion asked of it. Stored in
/// the same save as the decision.
/// </summary>
public sealed class NotifyLeadRecipients(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : INotificationHandler<LeadAssigned>, INotificationHandler<LeadOpinionRequested>
{
    public async ValueTask Handle(LeadAssigned notification, CancellationToken cancellationToken)
    {
        var filers = await users.ActiveFilersOfUnitAsync(notification.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(filers.Select(id => Notification.ForLead(id, NotificationKind.LeadAssigned, notification.CompanyName, now)));
    }

    public async ValueTask Handle(LeadOpinionRequested notification, CancellationToken cancellationToken)
    {
        var recipients = await users.ActiveAssociationUsersAsync([notification.AssociationId], cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Select(id => Notification.ForLead(id, NotificationKind.LeadOpinionRequested, notification.CompanyName, now)));
    }
}
