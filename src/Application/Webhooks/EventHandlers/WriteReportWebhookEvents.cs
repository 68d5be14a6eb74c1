using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Webhooks.EventHandlers;

/// <summary>
/// A project's monthly reports as webhook events (<c>project.report-submitted</c>, <c>-verified</c>, <c>-rejected</c>), written
/// to the outbox in the change's transaction like <see cref="WriteWebhookEvents"/>. The payload names the report, its month and
/// figure (yuan); a rejection carries the reviewer's reason.
/// </summary>
public sealed class WriteReportWebhookEvents(IApplicationDbContext db, TimeProvider clock)
    : INotificationHandler<MonthlyReportSubmitted>, INotificationHandler<MonthlyReportVerified>, INotificationHandler<MonthlyReportRejected>
{
    public async ValueTask Handle(MonthlyReportSubmitted notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ProjectReportSubmitted, Payload(notification.Report, null), clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(MonthlyReportVerified notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ProjectReportVerified, Payload(notification.Report, null), clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(MonthlyReportRejected notification, CancellationToken cancellationToken) =>
        await WebhookOutbox.WriteAsync(db, WebhookEventTypes.ProjectReportRejected, Payload(notification.Report, notification.Reason), clock.GetUtcNow(), cancellationToken);

    private static object Payload(MonthlyReportFacts r, string? reason) => new
    {
        reportId = r.ReportId,
        projectId = r.ProjectId,
        unitId = r.UnitId,
        kind = r.Kind.ToString(),
        year = r.Year,
        month = r.Month,
        revision = r.Revision,
        amount = r.Amount,
        reason,
    };
}
