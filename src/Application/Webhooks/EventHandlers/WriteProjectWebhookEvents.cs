using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Webhooks.EventHandlers;

/// <summary>
/// Tracked projects' webhook events (<see cref="WebhookEventTypes"/>): a milestone reported (or reported again), confirmed (or
/// corrected: <c>corrected</c> true, with the reason), returned, and a project stopped. Written to the outbox before the save of
/// the change, in its transaction, like <see cref="WriteWebhookEvents"/>. Payloads carry ids, names, dates and yuan amounts.
/// </summary>
public sealed class WriteProjectWebhookEvents(IApplicationDbContext db, TimeProvider clock)
    : INotificationHandler<MilestoneReported>, INotificationHandler<MilestoneConfirmed>, INotificationHandler<MilestoneReturned>,
      INotificationHandler<ProjectStopped>
{
    public async ValueTask Handle(MilestoneReported notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.MilestoneReported, new
        {
            milestoneId = notification.MilestoneId,
            projectId = notification.ProjectId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            kind = notification.Kind.ToString(),
            occurredOn = notification.OccurredOn,
            agreementAmount = notification.AgreementAmount,
            reportedAgain = notification.Again,
        }, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(MilestoneConfirmed notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.MilestoneConfirmed, new
        {
            milestoneId = notification.MilestoneId,
            projectId = notification.ProjectId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            kind = notification.Kind.ToString(),
            occurredOn = notification.OccurredOn,
            agreementAmount = notification.AgreementAmount,
            corrected = notification.Corrected,
            reason = notification.Reason,
        }, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(MilestoneReturned notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.MilestoneReturned, new
        {
            milestoneId = notification.MilestoneId,
            projectId = notification.ProjectId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            kind = notification.Kind.ToString(),
            reason = notification.Reason,
        }, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(ProjectStopped notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ProjectStopped, new
        {
            projectId = notification.ProjectId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            stoppedOn = notification.StoppedOn,
            reason = notification.Reason,
        }, clock.GetUtcNow(), cancellationToken);
}
