using InvestPromo.Domain.Publicity;

namespace InvestPromo.Application.Publicity.Commands.UpdatePublicityItem;

/// <summary>The center corrects a publicity item at the version it read (stale → 409).</summary>
public sealed record UpdatePublicityItemCommand(Guid Id, string Medium, DateOnly PublishedOn, string Title, string Url, Guid AssociationId, int Version)
    : ICommand<PublicityItemDto>, IPublicityInput;

public sealed class UpdatePublicityItemValidator : AbstractValidator<UpdatePublicityItemCommand>
{
    public UpdatePublicityItemValidator() => this.AddPublicityRules();
}

public sealed class UpdatePublicityItemHandler(IApplicationDbContext db) : ICommandHandler<UpdatePublicityItemCommand, PublicityItemDto>
{
    public async ValueTask<PublicityItemDto> Handle(UpdatePublicityItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.PublicityItems.FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken) ?? throw new NotFoundException(nameof(PublicityItem), command.Id);
        db.ExpectVersion(item, command.Version);
        await db.EnsureAssociationAsync(command.AssociationId, cancellationToken);
        item.Update(command.Medium, command.PublishedOn, command.Title, command.Url, command.AssociationId);
        await db.SaveChangesAsync(cancellationToken);
        return await db.PublicityItems.AsNoTracking().Where(i => i.Id == item.Id).ProjectToDto(db).FirstAsync(cancellationToken);
    }
}
