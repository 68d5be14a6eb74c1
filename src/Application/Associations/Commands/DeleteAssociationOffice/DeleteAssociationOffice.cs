using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.DeleteAssociationOffice;

/// <summary>Closes an office (soft delete, audited); another association's office → 404.</summary>
public sealed record DeleteAssociationOfficeCommand(Guid? AssociationId, Guid Id, int Version) : ICommand;

public sealed class DeleteAssociationOfficeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteAssociationOfficeCommand>
{
    public async ValueTask<Unit> Handle(DeleteAssociationOfficeCommand command, CancellationToken cancellationToken)
    {
        var association = await AssociationRegistry.ResolveAsync(db, user, command.AssociationId, cancellationToken);
        var office = await db.AssociationOffices.FirstOrDefaultAsync(o => o.Id == command.Id && o.AssociationId == association.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(AssociationOffice), command.Id);
        db.ExpectVersion(office, command.Version);
        office.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
