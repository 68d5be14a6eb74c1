using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Commands.ProposePromotionEvent;

/// <summary>
/// An association's user proposes an event its association took part in (its portal); the association is added with the role
/// sent (<see cref="OwnRole"/>) beside any other associations named. The center confirms or rejects it.
/// </summary>
public sealed record ProposePromotionEventCommand(
    PromotionEventKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    Guid? OrganiserUnitId,
    EventAssociationRole OwnRole,
    IReadOnlyList<EventAssociationInput>? Associations,
    int InvitedCompanyCount,
    IReadOnlyList<string>? InvitedCompanies,
    IReadOnlyList<Guid>? LeadIds,
    IReadOnlyList<Guid>? FilingIds,
    string? Summary) : ICommand<PromotionEventDto>, IPromotionEventInput;

public sealed class ProposePromotionEventValidator : AbstractValidator<ProposePromotionEventCommand>
{
    public ProposePromotionEventValidator()
    {
        this.AddEventRules();
        RuleFor(x => x.OwnRole).IsDefinedValue();
    }
}

public sealed class ProposePromotionEventCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ProposePromotionEventCommand, PromotionEventDto>
{
    public async ValueTask<PromotionEventDto> Handle(ProposePromotionEventCommand command, CancellationToken cancellationToken)
    {
        var associationId = user.AssociationId ?? throw new ForbiddenAccessException("This user is not linked to an association.");
        var others = (command.Associations ?? []).Where(a => a.AssociationId != associationId);
        var input = command with { Associations = [new EventAssociationInput(associationId, command.OwnRole), .. others] };
        var details = await input.ToDetailsAsync(db, user, cancellationToken);
        var promotionEvent = PromotionEvent.Propose(details, associationId, user.UserId, user.ActorName(), clock.GetUtcNow());
        db.PromotionEvents.Add(promotionEvent);
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadEventDtoAsync(user, promotionEvent.Id, cancellationToken);
    }
}
