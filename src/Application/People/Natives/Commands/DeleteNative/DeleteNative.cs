using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Natives.Commands.DeleteNative;

/// <summary>Soft delete: credits naming the native keep the reference.</summary>
public sealed record DeleteNativeCommand(Guid Id, int Version) : ICommand;

public sealed class DeleteNativeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteNativeCommand>
{
    public async ValueTask<Unit> Handle(DeleteNativeCommand command, CancellationToken cancellationToken)
    {
        var native = await db.NotableNatives.FirstOrDefaultAsync(n => n.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(NotableNative), command.Id);
        db.ExpectVersion(native, command.Version);
        native.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
