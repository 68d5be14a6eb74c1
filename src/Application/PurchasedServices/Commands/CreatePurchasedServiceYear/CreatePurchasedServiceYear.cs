using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Application.PurchasedServices.Commands.CreatePurchasedServiceYear;

/// <summary>Opens a year of the purchased service: the contractor, the contract amount and the budget limit (default 3,000,000 yuan).</summary>
public sealed record CreatePurchasedServiceYearCommand(int Year, string Contractor, decimal ContractAmount, decimal? BudgetLimit, string? Note) : ICommand<PurchasedServiceYearDto>;

public sealed class CreatePurchasedServiceYearValidator : AbstractValidator<CreatePurchasedServiceYearCommand>
{
    public CreatePurchasedServiceYearValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Contractor).NotEmpty().MaximumLength(PurchasedServiceYear.ContractorMaxLength).SingleLineText();
        RuleFor(x => x.ContractAmount).Yuan();
        RuleFor(x => x.BudgetLimit!.Value).Yuan().OverridePropertyName("BudgetLimit").When(x => x.BudgetLimit is not null);
        RuleFor(x => x.Note).MaximumLength(PurchasedServiceYear.NoteMaxLength).MultiLineText();
    }
}

public sealed class CreatePurchasedServiceYearHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreatePurchasedServiceYearCommand, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(CreatePurchasedServiceYearCommand command, CancellationToken cancellationToken)
    {
        if (await db.PurchasedServiceYears.IgnoreQueryFilters().AnyAsync(y => y.Year == command.Year, cancellationToken))
        {
            throw DomainRuleException.Conflict("purchased-service.year-exists", "This year's purchased service already exists.");
        }

        var year = PurchasedServiceYear.Create(command.Year, command.Contractor, command.ContractAmount, command.BudgetLimit, command.Note, user.UserId, clock.GetUtcNow());
        db.PurchasedServiceYears.Add(year);
        await db.SaveChangesAsync(cancellationToken);
        return await db.YearDtoAsync(year.Id, cancellationToken);
    }
}
