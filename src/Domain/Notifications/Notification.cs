using System.Globalization;
using System.Text.Json;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Notifications;

public enum NotificationKind
{
    FilingReturned = 1,
    FilingApproved = 2,
    FilingRevoked = 3,
    ReviewDigest = 4,

    /// <summary>For the unit's filers: an objection put their approved filing into re-review.</summary>
    FilingUnderReReview = 5,

    /// <summary>For the unit's filers: the re-review dismissed the objections; the filing stays approved.</summary>
    FilingObjectionDismissed = 6,

    /// <summary>For reviewers: a member of the public lodged an objection to a published project.</summary>
    ObjectionLodged = 7,

    /// <summary>For a project's service owner: the morning digest of revisits due and problems overdue (回访到期, 问题逾期).</summary>
    ServiceDigest = 8,

    /// <summary>For an association's users: a year's rewards were approved; its lines are in the portal.</summary>
    RewardsApproved = 12,
    /// <summary>For the filing's unit filers and the association's users: a credit for bringing the project was confirmed.</summary>
    CreditConfirmed = 9,
    /// <summary>For the unit's filers: the center assigned a project lead to their unit to pursue (交办).</summary>
    LeadAssigned = 10,

    /// <summary>For an association's users: the center asks their opinion on a project lead (征求意见).</summary>
    LeadOpinionRequested = 11,

    /// <summary>For an association's users: the center confirmed or rejected the promotion event it proposed (the reason with a rejection).</summary>
    EventDecided = 13,

    /// <summary>For reviewers: a year's association evaluation opened; manual scores are due by the deadline (the date).</summary>
    EvaluationScoringOpened = 14,

    /// <summary>For an association's users: a year's evaluation was approved and published; its score and rank.</summary>
    EvaluationPublished = 15,

    /// <summary>For the unit's filers: the quarterly scheduling's report (季调度) of a quarter is ready.</summary>
    QuarterlyReportReady = 16,

    /// <summary>For the unit's filers: in the quarter's report their unit lags on the targets named.</summary>
    QuarterlyTargetsLagging = 17,
}

/// <summary>One filing in a review digest.</summary>
public readonly record struct DigestFiling(Guid FilingId, string? ProjectName, DateOnly? DueOn, bool Overdue);

/// <summary>
/// What a notification says, as data: the SPA turns the kind and these values into a sentence in the user's language,
/// so nothing is stored as Chinese-only text. Unused values are null.
/// </summary>
public readonly record struct NotificationParameters(
    string? ProjectName = null,
    string? Reason = null,
    DateOnly? Date = null,
    int? DueToday = null,
    int? Overdue = null,
    IReadOnlyList<DigestFiling>? Filings = null,
    int? RevisitsDue = null,
    int? ProblemsOverdue = null,
    int? Year = null,
    int? Rank = null,
    decimal? Score = null);

/// <summary>A notification was stored; it is delivered on the outbound channels once the save has committed.</summary>
public sealed record NotificationCreated(Guid NotificationId, Guid RecipientId, NotificationKind Kind, Guid? FilingId, NotificationParameters Parameters) : IAfterCommitEvent
{
    public Guid NotificationId { get; } = NotificationId;

    public Guid RecipientId { get; } = RecipientId;

    public NotificationKind Kind { get; } = Kind;

    public Guid? FilingId { get; } = FilingId;

    public NotificationParameters Parameters { get; } = Parameters;
}

/// <summary>
/// An in-app notification for one user: a filing of their unit was returned, approved or revoked, or (for reviewers)
/// the daily digest of reviews due today and overdue. The recipient marks it read; nobody else sees it.
/// </summary>
public sealed class Notification : Entity
{
    public const int ParametersMaxLength = 8000;
    public const int DedupKeyMaxLength = 64;

    /// <summary>How many filings a digest lists by name (the counts cover all of them).</summary>
    public const int DigestListLength = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private Notification()
    {
        ParametersJson = "{}";
    }

    public Guid RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The filing the notification is about (the link), if any.</summary>
    public Guid? FilingId { get; private set; }

    /// <summary>The <see cref="NotificationParameters"/> as JSON.</summary>
    public string ParametersJson { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>
    /// Set on notifications that must exist at most once per recipient (the digest: "ReviewDigest:2026-11-23");
    /// unique with the recipient in the database, so a repeated job cannot create a second one.
    /// </summary>
    public string? DedupKey { get; private set; }

    public bool IsRead => ReadAt is not null;

    public NotificationParameters Parameters => JsonSerializer.Deserialize<NotificationParameters>(ParametersJson, Json);

    /// <summary>A filer's notification of a reviewer's decision on a filing of their unit.</summary>
    public static Notification ForDecision(Guid recipientId, FilingDecided decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var kind = decision.Action switch
        {
            FilingAction.Returned => NotificationKind.FilingReturned,
            FilingAction.Approved => NotificationKind.FilingApproved,
            FilingAction.Revoked => NotificationKind.FilingRevoked,
            FilingAction.ObjectionReceived => NotificationKind.FilingUnderReReview,
            FilingAction.ObjectionDismissed => NotificationKind.FilingObjectionDismissed,
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Action, "Only decisions and re-review steps are notified."),
        };

        return Create(recipientId, kind, decision.FilingId, new NotificationParameters(decision.ProjectName, decision.Reason), now, dedupKey: null);
    }

    /// <summary>A reviewer's notice of a new objection to a published project (the link goes to the filing).</summary>
    public static Notification ForCredit(Guid recipientId, Guid filingId, string? projectName, string? associationName, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.CreditConfirmed, filingId, new NotificationParameters(projectName, associationName), now, dedupKey: null);

    public static Notification ForObjection(Guid recipientId, Guid filingId, string? projectName, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.ObjectionLodged, filingId, new NotificationParameters(projectName), now, dedupKey: null);

    /// <summary>A lead notice (assigned to the unit, or an opinion asked of the association); the company is the project's name.</summary>
    public static Notification ForLead(Guid recipientId, NotificationKind kind, string companyName, DateTimeOffset now)
    {
        if (kind is not (NotificationKind.LeadAssigned or NotificationKind.LeadOpinionRequested))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only lead notices.");
        }

        return Create(recipientId, kind, filingId: null, new NotificationParameters(companyName), now, dedupKey: null);
    }

    /// <summary>For an association's user: its proposed event (the title) was confirmed, or rejected with the reason.</summary>
    public static Notification ForEventDecided(Guid recipientId, string title, string? rejectionReason, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.EventDecided, filingId: null, new NotificationParameters(title, rejectionReason), now, dedupKey: null);

    /// <summary>For a reviewer: the year's evaluation opened, manual scoring due by the deadline (once per year and recipient).</summary>
    public static Notification ForEvaluationScoringOpened(Guid recipientId, int year, DateOnly deadline, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.EvaluationScoringOpened, filingId: null, new NotificationParameters(Date: deadline, Year: year), now,
            $"{NotificationKind.EvaluationScoringOpened}:{year.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>For an association's user: its score and rank in a year's approved revision (once per revision and recipient).</summary>
    public static Notification ForEvaluationPublished(Guid recipientId, int year, int revision, decimal score, int rank, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.EvaluationPublished, filingId: null, new NotificationParameters(Year: year, Rank: rank, Score: score), now,
            $"{NotificationKind.EvaluationPublished}:{year.ToString(CultureInfo.InvariantCulture)}:{revision.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// A reviewer's daily digest for a China date: how many reviews are due that day and how many are overdue, and the
    /// first few of them. Nothing due and nothing overdue is no digest.
    /// </summary>
    public static Notification ReviewDigest(Guid recipientId, DateOnly date, int dueToday, int overdue, IReadOnlyList<DigestFiling> first, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (dueToday < 0 || overdue < 0 || dueToday + overdue == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dueToday), "A digest needs at least one review due today or overdue.");
        }

        var listed = first.Take(DigestListLength).ToList();
        return Create(recipientId, NotificationKind.ReviewDigest, filingId: null, new NotificationParameters(Date: date, DueToday: dueToday, Overdue: overdue, Filings: listed), now, DigestKey(date));
    }

    /// <summary>
    /// A service owner's daily digest for a China date: how many of their projects' revisits are due (today or overdue) and how many
    /// of their problems are past their due date. Nothing due is no digest.
    /// </summary>
    public static Notification ServiceDigest(Guid recipientId, DateOnly date, int revisitsDue, int problemsOverdue, DateTimeOffset now)
    {
        if (revisitsDue < 0 || problemsOverdue < 0 || revisitsDue + problemsOverdue == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(revisitsDue), "A service digest needs a revisit due or a problem overdue.");
        }

        return Create(recipientId, NotificationKind.ServiceDigest, filingId: null, new NotificationParameters(Date: date, RevisitsDue: revisitsDue, ProblemsOverdue: problemsOverdue), now, ServiceDigestKey(date));
    }

    /// <summary>For an association's user: the year's rewards (revision) were approved; once per revision.</summary>
    public static Notification ForRewardsApproved(Guid recipientId, int year, int revision, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.RewardsApproved, filingId: null, new NotificationParameters(Year: year), now,
            $"{NotificationKind.RewardsApproved}:{year.ToString(CultureInfo.InvariantCulture)}:{revision.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>For a unit's filer: the quarter's report (revision) is ready; once per revision. The date is the quarter's last day.</summary>
    public static Notification ForQuarterlyReport(Guid recipientId, int year, int quarter, int revision, DateOnly quarterEnd, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.QuarterlyReportReady, filingId: null, new NotificationParameters(Date: quarterEnd, Year: year), now,
            $"{NotificationKind.QuarterlyReportReady}:{year.ToString(CultureInfo.InvariantCulture)}:{quarter.ToString(CultureInfo.InvariantCulture)}:{revision.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// For a lagging unit's filer: which targets lag in the quarter's report, as the reason (metric names, camelCase, comma-separated:
    /// the SPA words them); the date is the quarter's last day. Once per revision.
    /// </summary>
    public static Notification ForQuarterlyLagging(Guid recipientId, int year, int quarter, int revision, DateOnly quarterEnd, IReadOnlyList<string> targets, DateTimeOffset now) =>
        Create(recipientId, NotificationKind.QuarterlyTargetsLagging, filingId: null, new NotificationParameters(Reason: string.Join(',', targets), Date: quarterEnd, Year: year), now,
            $"{NotificationKind.QuarterlyTargetsLagging}:{year.ToString(CultureInfo.InvariantCulture)}:{quarter.ToString(CultureInfo.InvariantCulture)}:{revision.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The once-per-day key of a service owner's digest.</summary>
    public static string ServiceDigestKey(DateOnly date) => $"{NotificationKind.ServiceDigest}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The once-per-day key of a reviewer's digest.</summary>
    public static string DigestKey(DateOnly date) => $"{NotificationKind.ReviewDigest}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The recipient reads it. Reading again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    private static Notification Create(Guid recipientId, NotificationKind kind, Guid? filingId, NotificationParameters parameters, DateTimeOffset now, string? dedupKey)
    {
        if (recipientId == Guid.Empty)
        {
            throw new ArgumentException("A notification needs a recipient.", nameof(recipientId));
        }

        var json = JsonSerializer.Serialize(parameters, Json);
        if (json.Length > ParametersMaxLength)
        {
            // Reasons are at most 1000 characters and the digest lists five filings; this cannot happen with real data.
            throw new ArgumentException("The notification's parameters are too long.", nameof(parameters));
        }

        var notification = new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            FilingId = filingId,
            ParametersJson = json,
            CreatedAt = now,
            DedupKey = dedupKey,
        };
        notification.AddDomainEvent(new NotificationCreated(notification.Id, recipientId, kind, filingId, parameters));
        return notification;
    }
}
