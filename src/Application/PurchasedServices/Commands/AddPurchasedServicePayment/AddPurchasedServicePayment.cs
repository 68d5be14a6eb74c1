using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Application.PurchasedServices.Commands.AddPurchasedServicePayment;

/// <summary>Records a payment on the year's contract; the year's payments and subsidies stay within its budget (409 <c>purchased-service.over-budget</c>).</summary>
public sealed record AddPurchasedServicePaymentCommand(Guid YearId, DateOnly PaidOn, decimal Amount, string? Note) : ICommand<PurchasedServiceYearDto>;

public sealed class AddPurchasedServicePaymentValidator : AbstractValidator<AddPurchasedServicePaymentCommand>
{
    public AddPurchasedServicePaymentValidator()
    {
        RuleFor(x => x.PaidOn).InDateRange();
        RuleFor(x => x.Amount).Yuan();
        RuleFor(x => x.Note).MaximumLength(PurchasedServiceYear.NoteMaxLength).SingleLineText();
    }
}

public sealed class AddPurchasedServicePaymentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddPurchasedServicePaymentCommand, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(AddPurchasedServicePaymentCommand command, CancellationToken cancellationToken)
    {
        var year = await db.LoadYearAsync(command.YearId, cancellationToken);
        var payment = year.AddPayment(command.PaidOn, command.Amount, command.Note, user.UserId, clock.GetUtcNow());
        db.PurchasedServicePayments.Add(payment);
        db.MarkSpendingChanged(year);
        await db.SaveChangesAsync(cancellationToken);
        return await db.YearDtoAsync(year.Id, cancellationToken);
    }
}
