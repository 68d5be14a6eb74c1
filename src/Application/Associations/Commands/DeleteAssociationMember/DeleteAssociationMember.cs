using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.DeleteAssociationMember;

/// <summary>Removes a member company (soft delete, audited); another association's member → 404.</summary>
public sealed record DeleteAssociationMemberCommand(Guid? AssociationId, Guid Id, int Version) : ICommand;

public sealed class DeleteAssociationMemberHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteAssociationMemberCommand>
{
    public async ValueTask<Unit> Handle(DeleteAssociationMemberCommand command, CancellationToken cancellationToken)
    {
        var association = await AssociationRegistry.ResolveAsync(db, user, command.AssociationId, cancellationToken);
        var member = await db.AssociationMembers.FirstOrDefaultAsync(m => m.Id == command.Id && m.AssociationId == association.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(AssociationMember), command.Id);
        db.ExpectVersion(member, command.Version);
        member.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
