namespace InvestPromo.Application.Rewards.Commands.SubmitRewardCalculation;

/// <summary>A draft is submitted for approval (409 <c>reward.status-invalid</c> from any other state).</summary>
public sealed record SubmitRewardCalculationCommand(Guid Id, int Version) : ICommand<RewardCalculationDto>;

public sealed class SubmitRewardCalculationValidator : AbstractValidator<SubmitRewardCalculationCommand>
{
    public SubmitRewardCalculationValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class SubmitRewardCalculationHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SubmitRewardCalculationCommand, RewardCalculationDto>
{
    public async ValueTask<RewardCalculationDto> Handle(SubmitRewardCalculationCommand command, CancellationToken cancellationToken)
    {
        var calculation = await db.LoadAsync(command.Id, cancellationToken);
        db.ExpectVersion(calculation, command.Version);
        calculation.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(calculation, cancellationToken);
    }
}
