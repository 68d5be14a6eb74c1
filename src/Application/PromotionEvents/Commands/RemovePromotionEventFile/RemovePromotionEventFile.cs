using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Commands.RemovePromotionEventFile;

/// <summary>Removes a photo or file of an event the caller may change (marked deleted; the bytes are kept for the audit trail).</summary>
public sealed record RemovePromotionEventFileCommand(Guid EventId, Guid FileId) : ICommand;

public sealed class RemovePromotionEventFileHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemovePromotionEventFileCommand>
{
    public async ValueTask<Unit> Handle(RemovePromotionEventFileCommand command, CancellationToken cancellationToken)
    {
        var (promotionEvent, associationId) = await db.LoadEventForChangeAsync(user, command.EventId, version: null, cancellationToken);
        var file = await db.PromotionEventFiles.FirstOrDefaultAsync(f => f.Id == command.FileId && f.EventId == promotionEvent.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(PromotionEventFile), command.FileId);
        file.Remove(promotionEvent, associationId, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
