using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Queries.GetAssociationRewards;

/// <summary>One approved year of an association: the revision that stands (the latest approved or paid), its total and its lines.</summary>
public sealed record AssociationRewardYearDto(
    int Year, int Revision, RewardCalculationStatus Status, DateOnly? PaidOn, decimal Sum, decimal Reduction, decimal Payable, IReadOnlyList<RewardLineDto> Lines);

/// <summary>
/// The association portal's rewards: only the caller's own association's lines, only of approved (or paid) calculations, newest year
/// first. Nothing else is reachable (no association id is taken from the request).
/// </summary>
public sealed record GetAssociationRewardsQuery : IQuery<IReadOnlyList<AssociationRewardYearDto>>;

public sealed class GetAssociationRewardsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetAssociationRewardsQuery, IReadOnlyList<AssociationRewardYearDto>>
{
    public async ValueTask<IReadOnlyList<AssociationRewardYearDto>> Handle(GetAssociationRewardsQuery query, CancellationToken cancellationToken)
    {
        if (user.AssociationId is not { } association)
        {
            return [];
        }

        var years = new List<AssociationRewardYearDto>();
        foreach (var calculation in (await db.RewardCalculations.AsNoTracking()
            .Where(c => c.Status == RewardCalculationStatus.Approved || c.Status == RewardCalculationStatus.Paid).ToListAsync(cancellationToken))
            .GroupBy(c => c.Year).Select(g => g.MaxBy(c => c.Revision)!).OrderByDescending(c => c.Year).Take(20))
        {
            var lines = await db.RewardLines.AsNoTracking().Where(l => l.CalculationId == calculation.Id && l.AssociationId == association)
                .InOrder().ProjectToDto().ToListAsync(cancellationToken);
            if (lines.Count == 0)
            {
                continue;
            }

            var sum = lines.Where(l => l.Outcome == RewardOutcome.Eligible).Sum(l => l.Amount);
            var reduction = lines.Where(l => l.Outcome == RewardOutcome.CapReduction).Sum(l => l.Amount);
            years.Add(new(calculation.Year, calculation.Revision, calculation.Status, calculation.PaidOn, sum, reduction, sum + reduction, lines));
        }

        return years;
    }
}
