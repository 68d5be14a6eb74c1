using InvestPromo.Application.Users;
using InvestPromo.Domain.Organisation;

namespace InvestPromo.Application.Units.Commands.DeleteUnit;

public sealed record DeleteUnitCommand(Guid Id, int Version) : ICommand;

public sealed class DeleteUnitHandler(IApplicationDbContext db, IUserAccounts accounts, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteUnitCommand>
{
    public async ValueTask<Unit> Handle(DeleteUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.Id], cancellationToken);
        if (unit is null || unit.IsDeleted)
        {
            throw new NotFoundException(nameof(CarrierUnit), command.Id);
        }

        db.ExpectVersion(unit, command.Version);
        var hasUsers = await accounts.UnitHasActiveUsersAsync(unit.Id, cancellationToken);
        unit.Delete(hasUsers, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
