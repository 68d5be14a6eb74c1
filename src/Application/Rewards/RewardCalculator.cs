using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards;

/// <summary>The lines of a year's calculation, with the governing policy (null: no policy touches the year, no lines).</summary>
public sealed record RewardLinesResult(GoverningPolicy? Governing, IReadOnlyList<RewardLine> Lines, long TotalPayableFen);

/// <summary>
/// Computes a year's reward lines set-based (issue 14 item 7, benchmark: 200,000 credited projects, 2,000,000 funds reports): one SQL
/// query sums each project's verified funds in place of the year (and those counted under the governing policy) grouped per project,
/// with its name and category (an index-only scan of the covering (Kind, Status, PeriodStart) index on PostgreSQL and SQL Server);
/// two more read the association credits and the year's impact confirmations as sets. The rules (<see cref="RewardRules"/>) then run
/// over those rows in memory. Same inputs give the same lines, in the same order.
/// </summary>
public static class RewardCalculator
{
    public static async Task<RewardLinesResult> ComputeAsync(IApplicationDbContext db, Guid calculationId, int year, CancellationToken ct)
    {
        var policies = await db.RewardPolicies.AsNoTracking().ToListAsync(ct);
        var governing = RewardRules.Governing(year, policies);
        if (governing is null)
        {
            return new(null, [], 0);
        }

        var countedBefore = RewardRules.CountedMonthsBefore(governing);
        // The year as a range of PeriodStart (the month's first day): the (Kind, Status, PeriodStart) index serves it.
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var rows = await db.MonthlyReports
            .Where(r => r.Kind == MonthlyReportKind.FundsInPlace && r.Status == MonthlyReportStatus.Verified && r.PeriodStart >= from && r.PeriodStart < to)
            .GroupBy(r => r.ProjectId)
            .Select(g => new { ProjectId = g.Key, TotalFen = g.Sum(r => r.AmountFen), CountedFen = g.Sum(r => r.PeriodStart < countedBefore ? r.AmountFen : 0L) })
            .Join(db.TrackedProjects, f => f.ProjectId, p => p.Id, (f, p) => new { f.ProjectId, f.TotalFen, f.CountedFen, p.ProjectName, p.Category })
            .AsNoTracking().ToListAsync(ct);

        // Each project's association credit: the confirmed one (at most one, a unique index), else the earliest proposal.
        // Read once as a set and matched in memory: per-project subqueries cost two index probes for each of 136,856 rows.
        var credits = new Dictionary<Guid, (Guid? Confirmed, Guid? Proposed, DateTimeOffset ProposedAt, Guid ProposedId)>();
        await foreach (var c in db.ProjectCredits.AsNoTracking()
            .Where(c => c.AssociationId != null && (c.Status == CreditStatus.Confirmed || c.Status == CreditStatus.Proposed))
            .Select(c => new { c.Id, c.FilingId, c.AssociationId, c.Status, c.ProposedAt })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            var known = credits.TryGetValue(c.FilingId, out var k) ? k : default;
            if (c.Status == CreditStatus.Confirmed)
            {
                known.Confirmed = c.AssociationId;
            }
            else if (known.Proposed is null || c.ProposedAt < known.ProposedAt || (c.ProposedAt == known.ProposedAt && c.Id.CompareTo(known.ProposedId) < 0))
            {
                (known.Proposed, known.ProposedAt, known.ProposedId) = (c.AssociationId, c.ProposedAt, c.Id);
            }

            credits[c.FilingId] = known;
        }

        var impacts = (await db.RewardImpactConfirmations.AsNoTracking().Where(i => i.Year == year).Select(i => i.ProjectId).ToListAsync(ct)).ToHashSet();
        var names = await db.Associations.IgnoreQueryFilters().AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        string? NameOf(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : null;

        var policy = governing.Policy;
        var lines = new List<RewardLine>(rows.Count + 16);
        long payable = 0;
        foreach (var association in rows
            .Where(r => credits.ContainsKey(r.ProjectId))
            .Select(r => (Row: r, Credit: credits[r.ProjectId]))
            .Select(r => (r.Row, r.Credit.Confirmed, AssociationId: r.Credit.Confirmed ?? r.Credit.Proposed))
            .GroupBy(r => r.AssociationId)
            .OrderBy(g => NameOf(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key))
        {
            var eligible = new List<decimal>();
            foreach (var (row, confirmed, associationId) in association.OrderBy(r => r.Row.ProjectName, StringComparer.Ordinal).ThenBy(r => r.Row.ProjectId))
            {
                var input = new RewardInput(confirmed is not null, row.Category, row.TotalFen / 100m, row.CountedFen / 100m, impacts.Contains(row.ProjectId));
                var result = RewardRules.Evaluate(policy, input);
                if (result.Outcome == RewardOutcome.Eligible)
                {
                    eligible.Add(result.Amount);
                }

                lines.Add(RewardLine.ForProject(calculationId, associationId, NameOf(associationId), row.ProjectId, row.ProjectName, row.Category, result));
            }

            var total = RewardRules.Cap(eligible, policy.AnnualCapYuan);
            if (total.Reduction > 0 && association.Key is { } capped)
            {
                lines.Add(RewardLine.CapReduction(calculationId, capped, NameOf(capped), total.Reduction));
            }

            payable += RewardLine.ToFen(total.Payable);
        }

        return new(governing, lines, payable);
    }
}
