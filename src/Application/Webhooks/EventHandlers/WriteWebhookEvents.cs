using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Webhooks.EventHandlers;

/// <summary>
/// Turns the domain's events into webhook events (<see cref="WebhookEventTypes"/>) in the outbox. Runs before the save of
/// the change, so the outbox rows are inserted by the same SaveChanges, in its transaction: a rolled-back change leaves no
/// event. Payloads carry ids, names and outcomes, never contacts.
/// </summary>
public sealed class WriteWebhookEvents(IApplicationDbContext db, TimeProvider clock)
    : INotificationHandler<FilingSubmitted>, INotificationHandler<FilingDecided>, INotificationHandler<PublicationPublished>,
      INotificationHandler<ObjectionLodged>, INotificationHandler<ObjectionDecided>
{
    public async ValueTask Handle(FilingSubmitted notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.FilingSubmitted, new
        {
            filingId = notification.FilingId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            resubmitted = notification.Resubmitted,
        }, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(FilingDecided notification, CancellationToken cancellationToken)
    {
        // An objection received or dismissed is told by objection.lodged / objection.decided; an upheld one revokes or returns.
        var type = notification.Action switch
        {
            FilingAction.Approved => WebhookEventTypes.FilingApproved,
            FilingAction.Returned => WebhookEventTypes.FilingReturned,
            FilingAction.Revoked => WebhookEventTypes.FilingRevoked,
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        await WebhookOutbox.WriteAsync(db, type, new
        {
            filingId = notification.FilingId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            reason = notification.Reason,
        }, clock.GetUtcNow(), cancellationToken);
    }

    public async ValueTask Handle(PublicationPublished notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.PublicationPublished, new
        {
            publicationId = notification.PublicationId,
            year = notification.Year,
            number = notification.Number,
            weekStart = notification.WeekStart,
            publicityEndsOn = notification.PublicityEndsOn,
            entryCount = notification.EntryCount,
        }, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(ObjectionLodged notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ObjectionLodged, new
        {
            objectionId = notification.ObjectionId,
            filingId = notification.FilingId,
            projectName = notification.ProjectName,
        }, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(ObjectionDecided notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ObjectionDecided, new
        {
            objectionId = notification.ObjectionId,
            filingId = notification.FilingId,
            outcome = notification.Outcome,
            remedy = notification.Remedy,
        }, clock.GetUtcNow(), cancellationToken);
}
