using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Commands.RejectPromotionEvent;

/// <summary>The center rejects an association's proposed event with its reason; the association is told.</summary>
public sealed record RejectPromotionEventCommand(Guid Id, string Reason, int Version) : ICommand<PromotionEventDto>;

public sealed class RejectPromotionEventValidator : AbstractValidator<RejectPromotionEventCommand>
{
    public RejectPromotionEventValidator() =>
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(PromotionEvent.ReasonMaxLength).MultiLineText();
}

public sealed class RejectPromotionEventCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectPromotionEventCommand, PromotionEventDto>
{
    public async ValueTask<PromotionEventDto> Handle(RejectPromotionEventCommand command, CancellationToken cancellationToken)
    {
        var (promotionEvent, _) = await db.LoadEventForChangeAsync(user, command.Id, command.Version, cancellationToken);
        promotionEvent.Reject(command.Reason, user.UserId, user.ActorName(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadEventDtoAsync(user, promotionEvent.Id, cancellationToken);
    }
}
