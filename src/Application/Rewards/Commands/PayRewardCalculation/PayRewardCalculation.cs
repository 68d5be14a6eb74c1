using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Commands.PayRewardCalculation;

/// <summary>An approved calculation is recorded as paid: the date and the voucher number.</summary>
public sealed record PayRewardCalculationCommand(Guid Id, DateOnly PaidOn, string VoucherNumber, int Version) : ICommand<RewardCalculationDto>;

public sealed class PayRewardCalculationValidator : AbstractValidator<PayRewardCalculationCommand>
{
    public PayRewardCalculationValidator()
    {
        RuleFor(x => x.PaidOn).InDateRange();
        RuleFor(x => x.VoucherNumber).NotEmpty().MaximumLength(RewardCalculation.VoucherMaxLength).SingleLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class PayRewardCalculationHandler(IApplicationDbContext db) : ICommandHandler<PayRewardCalculationCommand, RewardCalculationDto>
{
    public async ValueTask<RewardCalculationDto> Handle(PayRewardCalculationCommand command, CancellationToken cancellationToken)
    {
        var calculation = await db.LoadAsync(command.Id, cancellationToken);
        db.ExpectVersion(calculation, command.Version);
        calculation.Pay(command.PaidOn, command.VoucherNumber);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(calculation, cancellationToken);
    }
}
