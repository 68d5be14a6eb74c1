using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.UpdateAssociationOffice;

/// <summary>Edits an office (send the version you read); another association's office → 404.</summary>
public sealed record UpdateAssociationOfficeCommand(Guid? AssociationId, Guid Id, string Name, string CityRegionCode, string? ContactName, string? ContactPhone, int Version)
    : ICommand<AssociationOfficeDto>;

public sealed class UpdateAssociationOfficeValidator : AbstractValidator<UpdateAssociationOfficeCommand>
{
    public UpdateAssociationOfficeValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(AssociationOffice.NameMaxLength).SingleLineText();
        RuleFor(x => x.CityRegionCode).NotEmpty().MaximumLength(16);
        RuleFor(x => x.ContactName).MaximumLength(AssociationOffice.ContactMaxLength).SingleLineText();
        RuleFor(x => x.ContactPhone).MaximumLength(AssociationOffice.ContactMaxLength).SingleLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateAssociationOfficeHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateAssociationOfficeCommand, AssociationOfficeDto>
{
    public async ValueTask<AssociationOfficeDto> Handle(UpdateAssociationOfficeCommand command, CancellationToken cancellationToken)
    {
        var association = await AssociationRegistry.ResolveAsync(db, user, command.AssociationId, cancellationToken);
        var office = await db.AssociationOffices.FirstOrDefaultAsync(o => o.Id == command.Id && o.AssociationId == association.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(AssociationOffice), command.Id);
        db.ExpectVersion(office, command.Version);
        await AssociationRegistry.CheckRegionAsync(db, command.CityRegionCode, "association-office.city-not-found", cancellationToken);
        office.Update(command.Name, command.CityRegionCode.Trim(), command.ContactName, command.ContactPhone);
        await db.SaveChangesAsync(cancellationToken);
        return await AssociationRegistry.OfficesOf(db, association.Id, office.Id).FirstAsync(cancellationToken);
    }
}
