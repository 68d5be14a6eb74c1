using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads;

/// <summary>
/// Who sees a lead: the center (reviewers, admins) every one; a filer the leads its unit recorded or was assigned; an
/// association's user the leads it recorded and those it was asked about. Anything else is a 404.
/// </summary>
public static class LeadScope
{
    public static bool IsCenter(this ICurrentUser user) => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    public static IQueryable<Lead> VisibleTo(this IQueryable<Lead> leads, IApplicationDbContext db, ICurrentUser user)
    {
        if (user.IsCenter())
        {
            return leads;
        }

        if (user.IsInRole(Roles.Filer) && user.UnitId is { } unitId)
        {
            return leads.Where(l => l.RecordedByUnitId == unitId || l.AssignedUnitId == unitId);
        }

        if (user.IsInRole(Roles.Association) && user.AssociationId is { } associationId)
        {
            return leads.Where(l => l.RecordedByAssociationId == associationId
                || db.LeadOpinionRequests.Any(r => r.LeadId == l.Id && r.AssociationId == associationId));
        }

        return leads.Where(_ => false);
    }

    /// <summary>A lead the center changes, at the version the client read (else 409); a missing one is a 404.</summary>
    public static async Task<Lead> LoadLeadForDecisionAsync(this IApplicationDbContext db, Guid id, int version, CancellationToken ct)
    {
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException(nameof(Lead), id);
        db.ExpectVersion(lead, version);
        return lead;
    }

    /// <summary>Who acts, by account name.</summary>
    public static string ActorName(this ICurrentUser user) => user.Name ?? "system";
}
