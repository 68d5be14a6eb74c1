using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.CreateAssociationOffice;

/// <summary>
/// Opens a liaison office (招商联络处/站). <see cref="AssociationId"/> names the association for the center; a user of role
/// Association sends none and reaches only its own (another → 404).
/// </summary>
public sealed record CreateAssociationOfficeCommand(Guid? AssociationId, string Name, string CityRegionCode, string? ContactName, string? ContactPhone)
    : ICommand<AssociationOfficeDto>;

public sealed class CreateAssociationOfficeValidator : AbstractValidator<CreateAssociationOfficeCommand>
{
    public CreateAssociationOfficeValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(AssociationOffice.NameMaxLength).SingleLineText();
        RuleFor(x => x.CityRegionCode).NotEmpty().MaximumLength(16);
        RuleFor(x => x.ContactName).MaximumLength(AssociationOffice.ContactMaxLength).SingleLineText();
        RuleFor(x => x.ContactPhone).MaximumLength(AssociationOffice.ContactMaxLength).SingleLineText();
    }
}

public sealed class CreateAssociationOfficeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateAssociationOfficeCommand, AssociationOfficeDto>
{
    public async ValueTask<AssociationOfficeDto> Handle(CreateAssociationOfficeCommand command, CancellationToken cancellationToken)
    {
        var association = await AssociationRegistry.ResolveAsync(db, user, command.AssociationId, cancellationToken);
        await AssociationRegistry.CheckRegionAsync(db, command.CityRegionCode, "association-office.city-not-found", cancellationToken);
        var office = AssociationOffice.Open(association.Id, command.Name, command.CityRegionCode.Trim(), command.ContactName, command.ContactPhone, user.UserId, clock.GetUtcNow());
        db.AssociationOffices.Add(office);
        await db.SaveChangesAsync(cancellationToken);
        return await AssociationRegistry.OfficesOf(db, association.Id, office.Id).FirstAsync(cancellationToken);
    }
}
