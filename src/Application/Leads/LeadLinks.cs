using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads;

/// <summary>A filing links the lead it pursues: only a lead assigned to the filing's unit (a lead the caller cannot see is a 404).</summary>
public static class LeadLinks
{
    public static async Task LinkLeadAsync(this IApplicationDbContext db, ICurrentUser user, Filing filing, Guid? leadId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (leadId == filing.LeadId)
        {
            return;
        }

        if (leadId is { } id)
        {
            var lead = await db.Leads.AsNoTracking().VisibleTo(db, user).Where(l => l.Id == id)
                .Select(l => new { l.Status, l.AssignedUnitId }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException(nameof(Lead), id);
            if (lead.Status != LeadStatus.Assigned || lead.AssignedUnitId != filing.UnitId)
            {
                throw DomainRuleException.Conflict("lead.not-assigned-to-unit", "The lead is not assigned to the filing's unit.");
            }
        }

        filing.LinkLead(leadId);
    }
}
