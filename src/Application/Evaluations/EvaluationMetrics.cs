using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Evaluations;
using InvestPromo.Domain.Leads;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.Evaluations;

/// <summary>
/// The data indicators of every active association (Established) for a period, set-based: one query per source, matched in memory.
/// Definitions, as the rewards read them (<c>RewardCalculator</c>): a credited project is a confirmed association credit
/// (<see cref="CreditStatus.Confirmed"/>), counted in the period when its confirmation's China date is in it; ≥ 1亿 is the tracked
/// project's confirmed 协议投资额; verified funds in place are the <see cref="MonthlyReportStatus.Verified"/> funds reports of the
/// period's months of the association's confirmed credited projects; events are confirmed events starting in the period; leads are
/// those the association brought (its source, or recorded by it) recorded in the period, assigned ones now 交办; publicity items by
/// their publication date.
/// </summary>
public static class EvaluationMetrics
{
    /// <summary>1亿 yuan in fen.</summary>
    public const long OneYiFen = 100_000_000L * 100;

    public sealed record ActiveAssociation(Guid Id, string Name);

    public static Task<List<ActiveAssociation>> ActiveAssociationsAsync(IApplicationDbContext db, CancellationToken ct) =>
        db.Associations.AsNoTracking().Where(a => a.Status == AssociationStatus.Established)
            .OrderBy(a => a.Name).Select(a => new ActiveAssociation(a.Id, a.Name)).ToListAsync(ct);

    public static async Task<Dictionary<Guid, Dictionary<EvaluationMetric, decimal>>> ComputeAsync(
        IApplicationDbContext db, IReadOnlyCollection<Guid> associations, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var result = associations.ToDictionary(a => a, _ => Enum.GetValues<EvaluationMetric>().ToDictionary(m => m, _ => 0m));
        void Add(Guid? association, EvaluationMetric metric, decimal value)
        {
            if (association is { } id && result.TryGetValue(id, out var values))
            {
                values[metric] += value;
            }
        }

        bool InPeriod(DateTimeOffset at)
        {
            var date = ChinaTime.DateOf(at);
            return date >= start && date <= end;
        }

        var credits = await db.ProjectCredits.AsNoTracking()
            .Where(c => c.AssociationId != null && c.Status == CreditStatus.Confirmed)
            .Select(c => new { c.FilingId, AssociationId = c.AssociationId!.Value, c.DecidedAt })
            .ToListAsync(ct);
        var overOneYi = (await db.TrackedProjects.AsNoTracking().Where(p => p.AgreementFen >= OneYiFen).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        foreach (var credit in credits.Where(c => c.DecidedAt is { } at && InPeriod(at)))
        {
            Add(credit.AssociationId, EvaluationMetric.ConfirmedCreditedProjects, 1);
            if (overOneYi.Contains(credit.FilingId))
            {
                Add(credit.AssociationId, EvaluationMetric.CreditedProjectsOver1Yi, 1);
            }
        }

        var creditedTo = credits.GroupBy(c => c.FilingId).ToDictionary(g => g.Key, g => g.First().AssociationId);
        var funds = await db.MonthlyReports.AsNoTracking()
            .Where(r => r.Kind == MonthlyReportKind.FundsInPlace && r.Status == MonthlyReportStatus.Verified && r.PeriodStart >= start && r.PeriodStart <= end)
            .GroupBy(r => r.ProjectId)
            .Select(g => new { ProjectId = g.Key, Fen = g.Sum(r => r.AmountFen) })
            .ToListAsync(ct);
        foreach (var row in funds)
        {
            if (creditedTo.TryGetValue(row.ProjectId, out var association))
            {
                Add(association, EvaluationMetric.VerifiedFundsInPlace, row.Fen / 100m);
            }
        }

        var events = await db.PromotionEvents.AsNoTracking()
            .Where(e => e.Status == PromotionEventStatus.Confirmed && e.StartsOn >= start && e.StartsOn <= end)
            .SelectMany(e => e.Associations, (e, a) => new { a.AssociationId, a.Role, e.InvitedCompanyCount })
            .ToListAsync(ct);
        foreach (var e in events)
        {
            if (e.Role == EventAssociationRole.Host)
            {
                Add(e.AssociationId, EvaluationMetric.EventsOrganised, 1);
            }
            else if (e.Role == EventAssociationRole.CoHost)
            {
                Add(e.AssociationId, EvaluationMetric.EventsCoOrganised, 1);
            }

            if (e.Role is EventAssociationRole.Host or EventAssociationRole.CoHost)
            {
                Add(e.AssociationId, EvaluationMetric.CompaniesInvited, e.InvitedCompanyCount);
            }
        }

        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.RecordedByAssociationId != null || l.SourceKind == LeadSourceKind.Association)
            .Select(l => new { l.SourceKind, l.SourceId, l.RecordedByAssociationId, l.Status, l.CreatedAt })
            .ToListAsync(ct);
        foreach (var lead in leads.Where(l => InPeriod(l.CreatedAt)))
        {
            var association = lead.SourceKind == LeadSourceKind.Association && lead.SourceId is not null ? lead.SourceId : lead.RecordedByAssociationId;
            Add(association, EvaluationMetric.LeadsSubmitted, 1);
            if (lead.Status == LeadStatus.Assigned)
            {
                Add(association, EvaluationMetric.LeadsAssigned, 1);
            }
        }

        var publicity = await db.PublicityItems.AsNoTracking()
            .Where(p => p.PublishedOn >= start && p.PublishedOn <= end)
            .GroupBy(p => p.AssociationId).Select(g => new { AssociationId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var p in publicity)
        {
            Add(p.AssociationId, EvaluationMetric.PublicityItems, p.Count);
        }

        return result;
    }
}
