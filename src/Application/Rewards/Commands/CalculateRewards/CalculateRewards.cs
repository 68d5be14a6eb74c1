using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Commands.CalculateRewards;

/// <summary>
/// Calculates (or recalculates) a year's rewards: the year's open draft is recalculated (same inputs → the same lines); a submitted
/// revision goes back to draft first; after approval a correction starts revision n + 1 (the approved one is never overwritten).
/// A year not ended yet (China time) is 409 <c>reward.year-not-ended</c>.
/// </summary>
public sealed record CalculateRewardsCommand(int Year) : ICommand<RewardCalculationDto>;

public sealed class CalculateRewardsValidator : AbstractValidator<CalculateRewardsCommand>
{
    public CalculateRewardsValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
}

public sealed class CalculateRewardsHandler(IApplicationDbContext db, IRewardLineWriter writer, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CalculateRewardsCommand, RewardCalculationDto>
{
    public async ValueTask<RewardCalculationDto> Handle(CalculateRewardsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        RewardCalculation.EnsureYearEnded(command.Year, ChinaTime.DateOf(now));
        var calculation = await db.InTransactionAsync(ct => RewardLifecycle.CalculateAsync(db, writer, command.Year, user.UserId, now, ct), cancellationToken);
        return await db.ToDtoAsync(calculation, cancellationToken);
    }
}
