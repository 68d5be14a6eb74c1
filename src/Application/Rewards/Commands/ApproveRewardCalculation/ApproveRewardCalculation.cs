using InvestPromo.Application.Filings;

namespace InvestPromo.Application.Rewards.Commands.ApproveRewardCalculation;

/// <summary>A leader or admin approves a submitted calculation: frozen from now on; the associations with lines are notified.</summary>
public sealed record ApproveRewardCalculationCommand(Guid Id, int Version) : ICommand<RewardCalculationDto>;

public sealed class ApproveRewardCalculationValidator : AbstractValidator<ApproveRewardCalculationCommand>
{
    public ApproveRewardCalculationValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class ApproveRewardCalculationHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveRewardCalculationCommand, RewardCalculationDto>
{
    public async ValueTask<RewardCalculationDto> Handle(ApproveRewardCalculationCommand command, CancellationToken cancellationToken)
    {
        var calculation = await db.LoadAsync(command.Id, cancellationToken);
        db.ExpectVersion(calculation, command.Version);
        var actor = user.Actor();
        calculation.Approve(actor.Id, actor.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(calculation, cancellationToken);
    }
}
