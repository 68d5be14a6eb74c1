using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Queries.ListRewardPolicies;

/// <summary>Every reward policy, newest validity first, each saying whether an approved calculation used it (then it is frozen).</summary>
public sealed record ListRewardPoliciesQuery : IQuery<IReadOnlyList<RewardPolicyDto>>;

public sealed class ListRewardPoliciesHandler(IApplicationDbContext db) : IQueryHandler<ListRewardPoliciesQuery, IReadOnlyList<RewardPolicyDto>>
{
    public async ValueTask<IReadOnlyList<RewardPolicyDto>> Handle(ListRewardPoliciesQuery query, CancellationToken cancellationToken)
    {
        var policies = await db.RewardPolicies.AsNoTracking().OrderByDescending(p => p.ValidFrom).ToListAsync(cancellationToken);
        var used = (await db.RewardCalculations.AsNoTracking()
            .Where(c => c.PolicyId != null && (c.Status == RewardCalculationStatus.Approved || c.Status == RewardCalculationStatus.Paid))
            .Select(c => c.PolicyId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return [.. policies.Select(p => p.ToDto(used.Contains(p.Id)))];
    }
}
