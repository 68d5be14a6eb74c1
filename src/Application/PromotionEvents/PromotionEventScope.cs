using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents;

/// <summary>
/// Who sees and changes a promotion event: the center (reviewers, admins) and leaders see every one, the center changes every
/// one; a filer sees and changes the events its unit organised or recorded; an association's user sees the events it is
/// involved in or proposed, and changes only its own proposal while it waits. Anything else is a 404.
/// </summary>
public static class PromotionEventScope
{
    public static bool IsCenterStaff(this ICurrentUser user) => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    public static IQueryable<PromotionEvent> VisibleTo(this IQueryable<PromotionEvent> events, ICurrentUser user)
    {
        if (user.IsCenterStaff() || user.IsInRole(Roles.Leader))
        {
            return events;
        }

        if (user.IsInRole(Roles.Filer) && user.UnitId is { } unitId)
        {
            return events.Where(e => e.OrganiserUnitId == unitId || e.RecordedByUnitId == unitId);
        }

        if (user.IsInRole(Roles.Association) && user.AssociationId is { } associationId)
        {
            return events.Where(e => e.ProposedByAssociationId == associationId || e.Associations.Any(a => a.AssociationId == associationId));
        }

        return events.Where(_ => false);
    }

    /// <summary>
    /// An event the caller may change, tracked, at the version the client read (else 409); another unit's or association's is a
    /// 404. For an association's user it is its own proposal (the association's id is returned for the domain's rules).
    /// </summary>
    public static async Task<(PromotionEvent Event, Guid? AssociationId)> LoadEventForChangeAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid id, int? version, CancellationToken ct)
    {
        var query = db.PromotionEvents.Where(e => e.Id == id);
        Guid? associationId = null;
        if (user.IsCenterStaff())
        {
        }
        else if (user.IsInRole(Roles.Filer) && user.UnitId is { } unitId)
        {
            query = query.Where(e => e.OrganiserUnitId == unitId || e.RecordedByUnitId == unitId);
        }
        else if (user.IsInRole(Roles.Association) && user.AssociationId is { } ownAssociation)
        {
            associationId = ownAssociation;
            query = query.Where(e => e.ProposedByAssociationId == ownAssociation);
        }
        else
        {
            query = query.Where(_ => false);
        }

        var promotionEvent = await query.FirstOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(PromotionEvent), id);
        if (version is { } expected)
        {
            db.ExpectVersion(promotionEvent, expected);
        }

        return (promotionEvent, associationId);
    }

    /// <summary>Who acts, by account name.</summary>
    public static string ActorName(this ICurrentUser user) => user.Name ?? "system";
}
