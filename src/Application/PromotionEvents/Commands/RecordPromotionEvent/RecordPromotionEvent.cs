using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Commands.RecordPromotionEvent;

/// <summary>
/// The center (reviewers, admins) or a filer records an event; it is confirmed at once. A filer's event is organised by its own
/// unit, whatever was sent; the center names a unit or none (the center itself).
/// </summary>
public sealed record RecordPromotionEventCommand(
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
    string? Summary) : ICommand<PromotionEventDto>, IPromotionEventInput;

public sealed class RecordPromotionEventValidator : AbstractValidator<RecordPromotionEventCommand>
{
    public RecordPromotionEventValidator() => this.AddEventRules();
}

public sealed class RecordPromotionEventCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordPromotionEventCommand, PromotionEventDto>
{
    public async ValueTask<PromotionEventDto> Handle(RecordPromotionEventCommand command, CancellationToken cancellationToken)
    {
        var details = await command.ToDetailsAsync(db, user, cancellationToken);
        var promotionEvent = PromotionEvent.Record(details, user.UserId, user.ActorName(), user.UnitId, clock.GetUtcNow());
        db.PromotionEvents.Add(promotionEvent);
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadEventDtoAsync(user, promotionEvent.Id, cancellationToken);
    }
}
