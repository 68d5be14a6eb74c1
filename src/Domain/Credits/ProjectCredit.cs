using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Credits;

/// <summary>Where a credit claim came from.</summary>
public enum CreditSource
{
    /// <summary>The filer proposed it on the filing.</summary>
    Filer = 1,

    /// <summary>It came from the lead the filing was linked to (the lead's source).</summary>
    Lead = 2,

    /// <summary>A reviewer set or changed it.</summary>
    Reviewer = 3,
}

/// <summary>A credit claim's state. Only a <see cref="Confirmed"/> credit with an association counts for the reward.</summary>
public enum CreditStatus
{
    Proposed = 1,
    Confirmed = 2,
    Rejected = 3,

    /// <summary>Replaced by a reviewer's change (kept for the history).</summary>
    Superseded = 4,
}

/// <summary>Who else brought the project, besides (or instead of) an association.</summary>
public enum RecommenderKind
{
    /// <summary>An investment ambassador (<c>People.Ambassador</c>); RecommenderId is theirs.</summary>
    Ambassador = 1,

    /// <summary>A notable native elsewhere (<c>People.NotableNative</c>); RecommenderId is theirs.</summary>
    Native = 2,

    /// <summary>A named person outside the registry; only RecommenderName.</summary>
    Person = 3,
}

/// <summary>
/// The credit for bringing a filing's project (DOMAIN.md §6, issue 14 item 5): at most one association (for the reward) and
/// optionally a recommender. Proposed by the filer or from a lead, confirmed by a reviewer; only a reviewer changes it later
/// (the old one superseded, with the reason). At most one <see cref="CreditStatus.Confirmed"/> credit per filing (a unique
/// filtered index). The decisions are in <c>ProjectCredit.Decisions.cs</c>.
/// </summary>
public sealed partial class ProjectCredit : AuditableEntity
{
    public const int RecommenderNameMaxLength = 64;
    public const int ReasonMaxLength = 500;
    public const int ActorNameMaxLength = 64;

    private ProjectCredit()
    {
        ProposedByName = string.Empty;
    }

    /// <summary>The filing (and, once approved, its tracked project: same id).</summary>
    public Guid FilingId { get; private set; }

    /// <summary>The filing's unit, copied for scoping.</summary>
    public Guid UnitId { get; private set; }

    public Guid? AssociationId { get; private set; }

    public RecommenderKind? RecommenderKind { get; private set; }

    /// <summary>The ambassador's or native's id; null for a named person.</summary>
    public Guid? RecommenderId { get; private set; }

    /// <summary>The recommender's name as it was when credited.</summary>
    public string? RecommenderName { get; private set; }

    public CreditSource Source { get; private set; }

    /// <summary>The lead the credit came from, when <see cref="Source"/> is Lead.</summary>
    public Guid? LeadId { get; private set; }

    public CreditStatus Status { get; private set; }

    /// <summary>The filing's id while this credit is <see cref="CreditStatus.Confirmed"/>, else null: unique, so a filing has one confirmed credit.</summary>
    public Guid? ConfirmedFilingId { get; private set; }

    public string ProposedByName { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why it was rejected, or why a reviewer changed it.</summary>
    public string? Reason { get; private set; }

    /// <summary>
    /// A proposed credit. The caller has checked that the association exists and is not dissolved
    /// (<c>Association.EnsureNotDissolved</c>) and that the recommender exists.
    /// </summary>
    public static ProjectCredit Propose(
        Guid filingId, Guid unitId, Guid? associationId, RecommenderKind? recommenderKind, Guid? recommenderId, string? recommenderName,
        CreditSource source, Guid? leadId, Guid? by, string byName, DateTimeOffset now)
    {
        if (associationId is null && recommenderKind is null)
        {
            throw DomainRuleException.Invalid("credit.empty", "A credit names an association, a recommender or both.");
        }

        if (recommenderKind is { } kind && (!Enum.IsDefined(kind) || (kind == Credits.RecommenderKind.Person) != (recommenderId is null)))
        {
            throw DomainRuleException.Invalid("credit.recommender-invalid", "An ambassador or native is named by id; a person by name only.");
        }

        var credit = new ProjectCredit
        {
            FilingId = filingId,
            UnitId = unitId,
            AssociationId = associationId,
            RecommenderKind = recommenderKind,
            RecommenderId = recommenderId,
            RecommenderName = Guard.OptionalText(recommenderName, RecommenderNameMaxLength, "credit.recommender-invalid", "Recommender name"),
            Source = source,
            LeadId = leadId,
            Status = CreditStatus.Proposed,
            ProposedByName = Guard.Text(byName, ActorNameMaxLength, "credit.actor-invalid", "Actor"),
            ProposedAt = now,
        };
        credit.Stamp(by, now);
        return credit;
    }
}
