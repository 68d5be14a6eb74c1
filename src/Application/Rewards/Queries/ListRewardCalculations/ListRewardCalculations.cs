namespace InvestPromo.Application.Rewards.Queries.ListRewardCalculations;

/// <summary>The calculations (every revision), newest year and revision first; one year's with <see cref="Year"/>.</summary>
public sealed record ListRewardCalculationsQuery(int? Year = null) : IQuery<IReadOnlyList<RewardCalculationDto>>;

public sealed class ListRewardCalculationsValidator : AbstractValidator<ListRewardCalculationsQuery>
{
    public ListRewardCalculationsValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
}

public sealed class ListRewardCalculationsHandler(IApplicationDbContext db) : IQueryHandler<ListRewardCalculationsQuery, IReadOnlyList<RewardCalculationDto>>
{
    public async ValueTask<IReadOnlyList<RewardCalculationDto>> Handle(ListRewardCalculationsQuery query, CancellationToken cancellationToken)
    {
        var calculations = db.RewardCalculations.AsNoTracking();
        if (query.Year is { } year)
        {
            calculations = calculations.Where(c => c.Year == year);
        }

        var list = await calculations.OrderByDescending(c => c.Year).ThenByDescending(c => c.Revision).Take(200).ToListAsync(cancellationToken);
        var policies = await db.RewardPolicies.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. list.Select(c => c.ToDto(c.PolicyId is { } id ? policies.GetValueOrDefault(id) : null))];
    }
}
