using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Queries.GetRewardDiff;

/// <summary>
/// A revision's differences against the approved (or paid) revision before it: per association and project, the lines whose outcome
/// or amount changed (cap reductions included). No approved revision before it: no base, no rows.
/// </summary>
public sealed record GetRewardDiffQuery(Guid CalculationId) : IQuery<RewardDiffDto>;

public sealed class GetRewardDiffHandler(IApplicationDbContext db) : IQueryHandler<GetRewardDiffQuery, RewardDiffDto>
{
    private sealed record Row(Guid? AssociationId, string? AssociationName, Guid? ProjectId, string? ProjectName, RewardOutcome Outcome, long AmountFen);

    public async ValueTask<RewardDiffDto> Handle(GetRewardDiffQuery query, CancellationToken cancellationToken)
    {
        var calculation = await db.RewardCalculations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CalculationId, cancellationToken)
            ?? throw new NotFoundException(nameof(RewardCalculation), query.CalculationId);
        var baseline = await db.RewardCalculations.AsNoTracking()
            .Where(c => c.Year == calculation.Year && c.Revision < calculation.Revision
                && (c.Status == RewardCalculationStatus.Approved || c.Status == RewardCalculationStatus.Paid))
            .OrderByDescending(c => c.Revision).FirstOrDefaultAsync(cancellationToken);
        if (baseline is null)
        {
            return new(null, calculation.Revision, []);
        }

        async Task<Dictionary<(Guid?, Guid?), Row>> LinesAsync(Guid id) =>
            (await db.RewardLines.AsNoTracking().Where(l => l.CalculationId == id)
                .Select(l => new Row(l.AssociationId, l.AssociationName, l.ProjectId, l.ProjectName, l.Outcome, l.AmountFen)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.AssociationId, r.ProjectId));
        var before = await LinesAsync(baseline.Id);
        var now = await LinesAsync(calculation.Id);
        var rows = new List<RewardDiffRowDto>();
        foreach (var key in before.Keys.Union(now.Keys))
        {
            before.TryGetValue(key, out var old);
            now.TryGetValue(key, out var current);
            if (old is not null && current is not null && old.Outcome == current.Outcome && old.AmountFen == current.AmountFen)
            {
                continue;
            }

            var any = current ?? old!;
            rows.Add(new(any.AssociationId, any.AssociationName, any.ProjectId, any.ProjectName, old?.Outcome, old?.AmountFen / 100m,
                current?.Outcome, current?.AmountFen / 100m, ((current?.AmountFen ?? 0) - (old?.AmountFen ?? 0)) / 100m));
        }

        return new(baseline.Revision, calculation.Revision,
            [.. rows.OrderBy(r => r.AssociationName, StringComparer.Ordinal).ThenBy(r => r.ProjectId is null).ThenBy(r => r.ProjectName, StringComparer.Ordinal)]);
    }
}
