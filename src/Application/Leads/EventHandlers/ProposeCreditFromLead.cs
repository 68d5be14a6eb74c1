using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.EventHandlers;

/// <summary>
/// A filing submitted with a lead proposes the lead's source as its credit (<see cref="CreditSource.Lead"/>): the association, or
/// the ambassador as recommender; a unit's or the center's lead proposes nothing. Once per filing and lead: a resubmission after a
/// return proposes nothing new. A dissolved association is refused (409 <c>association.dissolved</c>), saving nothing.
/// </summary>
public sealed class ProposeCreditFromLead(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : INotificationHandler<FilingSubmitted>
{
    public async ValueTask Handle(FilingSubmitted notification, CancellationToken cancellationToken)
    {
        // The submitting handler has the filing tracked (read it there: one round trip less per submission); else from the database.
        var tracked = db.Filings.Local.FirstOrDefault(f => f.Id == notification.FilingId);
        var leadId = tracked is not null
            ? tracked.LeadId
            : await db.Filings.Where(f => f.Id == notification.FilingId).Select(f => f.LeadId).FirstOrDefaultAsync(cancellationToken);
        if (leadId is null)
        {
            return;
        }

        var lead = await db.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null || lead.SourceKind is not (LeadSourceKind.Association or LeadSourceKind.Ambassador) || lead.SourceId is not { } sourceId)
        {
            return;
        }

        if (await db.ProjectCredits.AnyAsync(c => c.FilingId == notification.FilingId && c.Source == CreditSource.Lead && c.LeadId == leadId, cancellationToken)
            || db.ProjectCredits.Local.Any(c => c.FilingId == notification.FilingId && c.Source == CreditSource.Lead && c.LeadId == leadId))
        {
            return;
        }

        ProjectCredit credit;
        var now = clock.GetUtcNow();
        if (lead.SourceKind == LeadSourceKind.Association)
        {
            var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == sourceId, cancellationToken);
            if (association is null)
            {
                return;
            }

            association.EnsureNotDissolved();
            credit = ProjectCredit.Propose(notification.FilingId, notification.UnitId, sourceId, null, null, null, CreditSource.Lead, leadId, user.UserId, user.ActorName(), now);
        }
        else
        {
            var name = await db.Ambassadors.Where(a => a.Id == sourceId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return;
            }

            credit = ProjectCredit.Propose(notification.FilingId, notification.UnitId, null, RecommenderKind.Ambassador, sourceId, name, CreditSource.Lead, leadId, user.UserId, user.ActorName(), now);
        }

        db.ProjectCredits.Add(credit);
    }
}
