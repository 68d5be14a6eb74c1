using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Application.PurchasedServices.Commands.UpdatePurchasedServiceYear;

/// <summary>Changes a year's contractor, contract amount, budget limit or note (send the version you read).</summary>
public sealed record UpdatePurchasedServiceYearCommand(Guid Id, int Version, string Contractor, decimal ContractAmount, decimal BudgetLimit, string? Note) : ICommand<PurchasedServiceYearDto>;

public sealed class UpdatePurchasedServiceYearValidator : AbstractValidator<UpdatePurchasedServiceYearCommand>
{
    public UpdatePurchasedServiceYearValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Contractor).NotEmpty().MaximumLength(PurchasedServiceYear.ContractorMaxLength).SingleLineText();
        RuleFor(x => x.ContractAmount).Yuan();
        RuleFor(x => x.BudgetLimit).Yuan();
        RuleFor(x => x.Note).MaximumLength(PurchasedServiceYear.NoteMaxLength).MultiLineText();
    }
}

public sealed class UpdatePurchasedServiceYearHandler(IApplicationDbContext db) : ICommandHandler<UpdatePurchasedServiceYearCommand, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(UpdatePurchasedServiceYearCommand command, CancellationToken cancellationToken)
    {
        var year = await db.LoadYearAsync(command.Id, cancellationToken);
        db.ExpectVersion(year, command.Version);
        year.Update(command.Contractor, command.ContractAmount, command.BudgetLimit, command.Note);
        await db.SaveChangesAsync(cancellationToken);
        return await db.YearDtoAsync(year.Id, cancellationToken);
    }
}
