using InvestPromo.Domain.Publicity;

namespace InvestPromo.Application.Publicity.Commands.RecordPublicityItem;

/// <summary>The center records a publicity item (宣传报道) crediting an association.</summary>
public sealed record RecordPublicityItemCommand(string Medium, DateOnly PublishedOn, string Title, string Url, Guid AssociationId)
    : ICommand<PublicityItemDto>, IPublicityInput;

public sealed class RecordPublicityItemValidator : AbstractValidator<RecordPublicityItemCommand>
{
    public RecordPublicityItemValidator() => this.AddPublicityRules();
}

public sealed class RecordPublicityItemHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordPublicityItemCommand, PublicityItemDto>
{
    public async ValueTask<PublicityItemDto> Handle(RecordPublicityItemCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureAssociationAsync(command.AssociationId, cancellationToken);
        var item = PublicityItem.Record(command.Medium, command.PublishedOn, command.Title, command.Url, command.AssociationId, user.UserId, clock.GetUtcNow());
        db.PublicityItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return await db.PublicityItems.AsNoTracking().Where(i => i.Id == item.Id).ProjectToDto(db).FirstAsync(cancellationToken);
    }
}
