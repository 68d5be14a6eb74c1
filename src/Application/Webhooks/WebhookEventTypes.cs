namespace InvestPromo.Application.Webhooks;

/// <summary>
/// The registry of webhook event types: what a subscription may choose and <c>GET /api/webhooks/event-types</c> lists. A new
/// event is one line here, plus its writer in <see cref="EventHandlers.WriteWebhookEvents"/> (a domain event handled there).
/// </summary>
public static class WebhookEventTypes
{
    public const string FilingSubmitted = "filing.submitted";
    public const string FilingApproved = "filing.approved";
    public const string FilingReturned = "filing.returned";
    public const string FilingRevoked = "filing.revoked";
    public const string PublicationPublished = "publication.published";
    public const string ObjectionLodged = "objection.lodged";
    public const string ObjectionDecided = "objection.decided";
    public const string ProjectReportSubmitted = "project.report-submitted";
    public const string ProjectReportVerified = "project.report-verified";
    public const string ProjectReportRejected = "project.report-rejected";
    public const string MilestoneReported = "project.milestone-reported";
    public const string MilestoneConfirmed = "project.milestone-confirmed";
    public const string MilestoneReturned = "project.milestone-returned";
    public const string ProjectStopped = "project.stopped";
    public const string ProjectProblemEscalated = "project.problem-escalated";

    /// <summary>Sent by an admin's ping to one subscription, whatever it subscribed to; not subscribable.</summary>
    public const string Ping = "ping";

    /// <summary>Every type a subscription may choose, in the order the admin screen lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        FilingSubmitted,
        FilingApproved,
        FilingReturned,
        FilingRevoked,
        PublicationPublished,
        ObjectionLodged,
        ObjectionDecided,
        ProjectReportSubmitted,
        ProjectReportVerified,
        ProjectReportRejected,
        MilestoneReported,
        MilestoneConfirmed,
        MilestoneReturned,
        ProjectStopped,
        ProjectProblemEscalated,
    ];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
