using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Commands.UpdateRewardPolicy;

/// <summary>
/// An admin corrects a policy not yet used by an approved calculation (else 409 <c>reward-policy.in-use</c>); overlapping another
/// is 409 <c>reward-policy.overlap</c>; a stale version 409 <c>concurrency.stale</c>.
/// </summary>
public sealed record UpdateRewardPolicyCommand(
    Guid Id, string Name, DateOnly ValidFrom, DateOnly ValidTo, decimal ThresholdYuan, decimal Rate, IReadOnlyList<ProjectCategory> ExcludedCategories,
    decimal AnnualCapYuan, int Version)
    : ICommand<RewardPolicyDto>, IRewardPolicyFields;

public sealed class UpdateRewardPolicyValidator : AbstractValidator<UpdateRewardPolicyCommand>
{
    public UpdateRewardPolicyValidator()
    {
        this.AddPolicyRules();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateRewardPolicyHandler(IApplicationDbContext db) : ICommandHandler<UpdateRewardPolicyCommand, RewardPolicyDto>
{
    public async ValueTask<RewardPolicyDto> Handle(UpdateRewardPolicyCommand command, CancellationToken cancellationToken)
    {
        var policy = await db.RewardPolicies.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(RewardPolicy), command.Id);
        db.ExpectVersion(policy, command.Version);
        if (await db.RewardCalculations.AnyAsync(
            c => c.PolicyId == policy.Id && (c.Status == RewardCalculationStatus.Approved || c.Status == RewardCalculationStatus.Paid), cancellationToken))
        {
            throw DomainRuleException.Conflict("reward-policy.in-use", "An approved calculation used this policy: it can no longer be changed; add a successor.");
        }

        policy.Update(command.Name, command.ValidFrom, command.ValidTo, command.ThresholdYuan, command.Rate, command.ExcludedCategories, command.AnnualCapYuan);
        policy.EnsureNoOverlap(await db.RewardPolicies.Where(p => p.Id != policy.Id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return policy.ToDto(used: false);
    }
}
