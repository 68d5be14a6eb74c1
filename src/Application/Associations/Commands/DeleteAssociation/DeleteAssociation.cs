using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.DeleteAssociation;

/// <summary>Soft delete: filings that name the association keep the reference.</summary>
public sealed record DeleteAssociationCommand(Guid Id, int Version) : ICommand;

public sealed class DeleteAssociationHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteAssociationCommand>
{
    public async ValueTask<Unit> Handle(DeleteAssociationCommand command, CancellationToken cancellationToken)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Association), command.Id);
        db.ExpectVersion(association, command.Version);
        association.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
