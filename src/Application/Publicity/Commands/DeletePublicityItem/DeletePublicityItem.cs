using InvestPromo.Domain.Publicity;

namespace InvestPromo.Application.Publicity.Commands.DeletePublicityItem;

/// <summary>The center deletes a publicity item (soft) at the version it read.</summary>
public sealed record DeletePublicityItemCommand(Guid Id, int Version) : ICommand;

public sealed class DeletePublicityItemHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeletePublicityItemCommand>
{
    public async ValueTask<Unit> Handle(DeletePublicityItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.PublicityItems.FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken) ?? throw new NotFoundException(nameof(PublicityItem), command.Id);
        db.ExpectVersion(item, command.Version);
        item.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
