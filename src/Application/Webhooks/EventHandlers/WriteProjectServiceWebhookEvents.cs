using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Webhooks.EventHandlers;

/// <summary>
/// The follow-up service's webhook events (<see cref="WebhookEventTypes.ProjectProblemEscalated"/>), written to the outbox in the
/// change's transaction like <see cref="WriteWebhookEvents"/>. Payloads carry ids, names and the department, never contacts.
/// </summary>
public sealed class WriteProjectServiceWebhookEvents(IApplicationDbContext db, TimeProvider clock) : INotificationHandler<ProblemEscalated>
{
    public async ValueTask Handle(ProblemEscalated notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ProjectProblemEscalated, new
        {
            problemId = notification.ProblemId,
            projectId = notification.ProjectId,
            unitId = notification.UnitId,
            projectName = notification.ProjectName,
            department = notification.Department,
            escalatedTo = notification.EscalatedTo,
        }, clock.GetUtcNow(), cancellationToken);
}
