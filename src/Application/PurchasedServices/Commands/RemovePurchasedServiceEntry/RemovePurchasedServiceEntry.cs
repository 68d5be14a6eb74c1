namespace InvestPromo.Application.PurchasedServices.Commands.RemovePurchasedServiceEntry;

/// <summary>Removes a payment or a subsidy entered by mistake (marked deleted, audited).</summary>
public sealed record RemovePurchasedServiceEntryCommand(Guid YearId, Guid EntryId) : ICommand<PurchasedServiceYearDto>;

public sealed class RemovePurchasedServiceEntryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemovePurchasedServiceEntryCommand, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(RemovePurchasedServiceEntryCommand command, CancellationToken cancellationToken)
    {
        var year = await db.LoadYearAsync(command.YearId, cancellationToken);
        if (year.Payments.Any(p => p.Id == command.EntryId))
        {
            year.RemovePayment(command.EntryId, user.UserId, clock.GetUtcNow());
        }
        else if (year.Subsidies.Any(s => s.Id == command.EntryId))
        {
            year.RemoveSubsidy(command.EntryId, user.UserId, clock.GetUtcNow());
        }
        else
        {
            throw new NotFoundException("PurchasedServiceEntry", command.EntryId);
        }

        db.MarkSpendingChanged(year);
        await db.SaveChangesAsync(cancellationToken);
        return await db.YearDtoAsync(year.Id, cancellationToken);
    }
}
