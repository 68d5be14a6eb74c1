using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors.Commands.DeleteAmbassador;

/// <summary>Soft delete: credits naming the ambassador keep the reference; the certificate number is free again in its year.</summary>
public sealed record DeleteAmbassadorCommand(Guid Id, int Version) : ICommand;

public sealed class DeleteAmbassadorHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteAmbassadorCommand>
{
    public async ValueTask<Unit> Handle(DeleteAmbassadorCommand command, CancellationToken cancellationToken)
    {
        var ambassador = await db.Ambassadors.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Ambassador), command.Id);
        db.ExpectVersion(ambassador, command.Version);
        ambassador.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
