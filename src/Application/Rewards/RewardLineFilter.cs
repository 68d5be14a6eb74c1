using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards;

/// <summary>A calculation's lines filtered (shared by the list and its export).</summary>
public sealed record RewardLineFilter(Guid? AssociationId = null, RewardOutcome? Outcome = null, string? Search = null)
{
    public IQueryable<RewardLine> Apply(IQueryable<RewardLine> lines)
    {
        if (AssociationId is { } association)
        {
            lines = lines.Where(l => l.AssociationId == association);
        }

        if (Outcome is { } outcome)
        {
            lines = lines.Where(l => l.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            lines = lines.Where(l => (l.ProjectName != null && l.ProjectName.Contains(term)) || (l.AssociationName != null && l.AssociationName.Contains(term)));
        }

        return lines;
    }
}
