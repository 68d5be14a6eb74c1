namespace InvestPromo.Application.Rewards.Queries.GetRewardCalculation;

/// <summary>A calculation with each association's total: the eligible sum, the cap reduction and the payable amount.</summary>
public sealed record GetRewardCalculationQuery(Guid Id) : IQuery<RewardCalculationDetailDto>;

public sealed class GetRewardCalculationHandler(IApplicationDbContext db) : IQueryHandler<GetRewardCalculationQuery, RewardCalculationDetailDto>
{
    public async ValueTask<RewardCalculationDetailDto> Handle(GetRewardCalculationQuery query, CancellationToken cancellationToken)
    {
        var calculation = await db.RewardCalculations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("RewardCalculation", query.Id);
        return new(await db.ToDtoAsync(calculation, cancellationToken), await db.AssociationTotalsAsync(calculation.Id, null, cancellationToken));
    }
}
