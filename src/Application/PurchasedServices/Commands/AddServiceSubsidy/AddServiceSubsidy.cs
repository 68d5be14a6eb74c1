using InvestPromo.Domain.Associations;
using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Application.PurchasedServices.Commands.AddServiceSubsidy;

/// <summary>Records a service subsidy (服务经费补助) paid to an association out of the year's budget (409 <c>purchased-service.over-budget</c> beyond it).</summary>
public sealed record AddServiceSubsidyCommand(Guid YearId, Guid AssociationId, DateOnly PaidOn, decimal Amount, string? Note) : ICommand<PurchasedServiceYearDto>;

public sealed class AddServiceSubsidyValidator : AbstractValidator<AddServiceSubsidyCommand>
{
    public AddServiceSubsidyValidator()
    {
        RuleFor(x => x.AssociationId).NotEmpty();
        RuleFor(x => x.PaidOn).InDateRange();
        RuleFor(x => x.Amount).Yuan();
        RuleFor(x => x.Note).MaximumLength(PurchasedServiceYear.NoteMaxLength).SingleLineText();
    }
}

public sealed class AddServiceSubsidyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddServiceSubsidyCommand, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(AddServiceSubsidyCommand command, CancellationToken cancellationToken)
    {
        var year = await db.LoadYearAsync(command.YearId, cancellationToken);
        if (!await db.Associations.AnyAsync(a => a.Id == command.AssociationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Association), command.AssociationId);
        }

        var subsidy = year.AddSubsidy(command.AssociationId, command.PaidOn, command.Amount, command.Note, user.UserId, clock.GetUtcNow());
        db.ServiceSubsidies.Add(subsidy);
        db.MarkSpendingChanged(year);
        await db.SaveChangesAsync(cancellationToken);
        return await db.YearDtoAsync(year.Id, cancellationToken);
    }
}
