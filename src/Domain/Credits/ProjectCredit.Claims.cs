using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Credits;

/// <summary>A credit was confirmed: the filing's unit filers and the association's users are told.</summary>
public sealed record CreditConfirmed(Guid CreditId, Guid FilingId, Guid UnitId, Guid? AssociationId) : IDomainEvent
{
    public Guid CreditId { get; } = CreditId;

    public Guid FilingId { get; } = FilingId;

    public Guid UnitId { get; } = UnitId;

    public Guid? AssociationId { get; } = AssociationId;
}

/// <summary>The rules of claims on one filing (issue 14 item 5): one open claim per association, one confirmed credit.</summary>
public sealed partial class ProjectCredit
{
    /// <summary>The reason written on the filing's other open claims when one is confirmed.</summary>
    public const string AnotherClaimConfirmedReason = "另一项认定已确认（another claim confirmed）";

    /// <summary>
    /// Whether a filing in this state takes a credit claim: any filed state except withdrawn and revoked (a draft too, so the
    /// filer can name who brought the project while writing it).
    /// </summary>
    public static void EnsureFilingTakesClaims(FilingStatus status)
    {
        if (status is FilingStatus.Withdrawn or FilingStatus.Revoked)
        {
            throw DomainRuleException.Conflict("credit.filing-closed", "A withdrawn or revoked filing takes no credit claim.");
        }
    }

    /// <summary>
    /// A new claim on a filing whose claims are <paramref name="existing"/>: refused while the filing has a confirmed credit
    /// (a reviewer changes it instead) or the same association (or, without one, the same recommender) already has an open claim.
    /// Another association's open claim is allowed: it competes, and a reviewer decides.
    /// </summary>
    public static void EnsureCanClaim(IEnumerable<ProjectCredit> existing, Guid? associationId, RecommenderKind? recommenderKind, Guid? recommenderId, string? recommenderName)
    {
        ArgumentNullException.ThrowIfNull(existing);
        foreach (var claim in existing)
        {
            if (claim.Status == CreditStatus.Confirmed)
            {
                throw DomainRuleException.Conflict("credit.already-confirmed", "The project already has a confirmed credit; a reviewer changes it instead.");
            }

            if (claim.Status != CreditStatus.Proposed)
            {
                continue;
            }

            var same = associationId is not null
                ? claim.AssociationId == associationId
                : claim.AssociationId is null && claim.RecommenderKind == recommenderKind
                    && (recommenderId is not null ? claim.RecommenderId == recommenderId : string.Equals(claim.RecommenderName?.Trim(), recommenderName?.Trim(), StringComparison.Ordinal));
            if (same)
            {
                throw DomainRuleException.Conflict("credit.claim-exists", "This association already has an open claim on the filing.");
            }
        }
    }

    /// <summary>
    /// Confirms <paramref name="chosen"/> among the filing's <paramref name="claims"/>: refused when another is confirmed already;
    /// every other open claim is rejected with <see cref="AnotherClaimConfirmedReason"/>.
    /// </summary>
    public static void ConfirmOne(ProjectCredit chosen, IEnumerable<ProjectCredit> claims, Guid by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(claims);
        chosen.EnsureProposed();
        var others = claims.Where(c => c.Id != chosen.Id && c.FilingId == chosen.FilingId).ToList();
        if (others.Any(c => c.Status == CreditStatus.Confirmed))
        {
            throw DomainRuleException.Conflict("credit.already-confirmed", "The project already has a confirmed credit; a reviewer changes it instead.");
        }

        chosen.Confirm(by, byName, now);
        foreach (var other in others.Where(c => c.Status == CreditStatus.Proposed))
        {
            other.Reject(AnotherClaimConfirmedReason, by, byName, now);
        }
    }

    /// <summary>
    /// A reviewer's change: the filing's confirmed credit is superseded with the reason, open claims are rejected, and the new
    /// credit (source Reviewer) is confirmed. The caller adds the new credit to the same save.
    /// </summary>
    public static ProjectCredit Change(
        ProjectCredit confirmed, IEnumerable<ProjectCredit> claims, Guid? associationId, RecommenderKind? recommenderKind, Guid? recommenderId,
        string? recommenderName, string reason, Guid by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(claims);
        var replacement = Propose(confirmed.FilingId, confirmed.UnitId, associationId, recommenderKind, recommenderId, recommenderName, CreditSource.Reviewer, leadId: null, by, byName, now);
        confirmed.Supersede(reason, by, byName, now);
        foreach (var open in claims.Where(c => c.Id != confirmed.Id && c.Status == CreditStatus.Proposed))
        {
            open.Reject(reason, by, byName, now);
        }

        replacement.Confirm(by, byName, now);
        return replacement;
    }
}
