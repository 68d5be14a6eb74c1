namespace InvestPromo.Application.PromotionEvents.Commands.DeletePromotionEvent;

/// <summary>Deletes an event (soft): the center any, a filer its unit's, an association withdraws its own proposal while it waits.</summary>
public sealed record DeletePromotionEventCommand(Guid Id, int Version) : ICommand;

public sealed class DeletePromotionEventCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeletePromotionEventCommand>
{
    public async ValueTask<Unit> Handle(DeletePromotionEventCommand command, CancellationToken cancellationToken)
    {
        var (promotionEvent, associationId) = await db.LoadEventForChangeAsync(user, command.Id, command.Version, cancellationToken);
        promotionEvent.Delete(associationId, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
