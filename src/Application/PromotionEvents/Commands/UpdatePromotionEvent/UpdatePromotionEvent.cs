using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Commands.UpdatePromotionEvent;

/// <summary>
/// Changes an event at the version the client read: the center any, a filer its unit's, an association its own proposal while it
/// waits (409 <c>event.already-decided</c> after). Another unit's or association's event is a 404.
/// </summary>
public sealed record UpdatePromotionEventCommand(
    Guid Id,
    PromotionEventKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    Guid? OrganiserUnitId,
    IReadOnlyList<EventAssociationInput>? Associations,
    int InvitedCompanyCount,
    IReadOnlyList<string>? InvitedCompanies,
    IReadOnlyList<Guid>? LeadIds,
    IReadOnlyList<Guid>? FilingIds,
    string? Summary,
    int Version) : ICommand<PromotionEventDto>, IPromotionEventInput;

public sealed class UpdatePromotionEventValidator : AbstractValidator<UpdatePromotionEventCommand>
{
    public UpdatePromotionEventValidator() => this.AddEventRules();
}

public sealed class UpdatePromotionEventCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdatePromotionEventCommand, PromotionEventDto>
{
    public async ValueTask<PromotionEventDto> Handle(UpdatePromotionEventCommand command, CancellationToken cancellationToken)
    {
        var (promotionEvent, associationId) = await db.LoadEventForChangeAsync(user, command.Id, command.Version, cancellationToken);
        var details = await command.ToDetailsAsync(db, user, cancellationToken);
        promotionEvent.Update(details, associationId, clock.GetUtcNow());
        // The owner is saved (its Version moves, the version read is checked) even when only its owned lists changed.
        db.Entry(promotionEvent).Property(e => e.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadEventDtoAsync(user, promotionEvent.Id, cancellationToken);
    }
}
