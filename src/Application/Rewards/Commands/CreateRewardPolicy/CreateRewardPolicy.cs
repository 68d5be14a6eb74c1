using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Commands.CreateRewardPolicy;

/// <summary>An admin adds a policy (a successor of the one in force); one overlapping another is 409 <c>reward-policy.overlap</c>.</summary>
public sealed record CreateRewardPolicyCommand(
    string Name, DateOnly ValidFrom, DateOnly ValidTo, decimal ThresholdYuan, decimal Rate, IReadOnlyList<ProjectCategory> ExcludedCategories, decimal AnnualCapYuan)
    : ICommand<RewardPolicyDto>, IRewardPolicyFields;

public sealed class CreateRewardPolicyValidator : AbstractValidator<CreateRewardPolicyCommand>
{
    public CreateRewardPolicyValidator() => this.AddPolicyRules();
}

public sealed class CreateRewardPolicyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateRewardPolicyCommand, RewardPolicyDto>
{
    public async ValueTask<RewardPolicyDto> Handle(CreateRewardPolicyCommand command, CancellationToken cancellationToken)
    {
        var policy = RewardPolicy.Create(command.Name, command.ValidFrom, command.ValidTo, command.ThresholdYuan, command.Rate, command.ExcludedCategories,
            command.AnnualCapYuan, user.UserId, clock.GetUtcNow());
        policy.EnsureNoOverlap(await db.RewardPolicies.ToListAsync(cancellationToken));
        db.RewardPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy.ToDto(used: false);
    }
}
