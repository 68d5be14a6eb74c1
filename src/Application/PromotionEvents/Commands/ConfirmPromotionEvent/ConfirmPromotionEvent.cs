namespace InvestPromo.Application.PromotionEvents.Commands.ConfirmPromotionEvent;

/// <summary>The center confirms an association's proposed event (it counts from then on); the association is told.</summary>
public sealed record ConfirmPromotionEventCommand(Guid Id, int Version) : ICommand<PromotionEventDto>;

public sealed class ConfirmPromotionEventCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmPromotionEventCommand, PromotionEventDto>
{
    public async ValueTask<PromotionEventDto> Handle(ConfirmPromotionEventCommand command, CancellationToken cancellationToken)
    {
        var (promotionEvent, _) = await db.LoadEventForChangeAsync(user, command.Id, command.Version, cancellationToken);
        promotionEvent.Confirm(user.UserId, user.ActorName(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadEventDtoAsync(user, promotionEvent.Id, cancellationToken);
    }
}
