using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.UpdateAssociationProfile;

/// <summary>The registry's profile of an association: name, kind, home region, founded, members, liaison leader, officers.</summary>
public sealed record UpdateAssociationProfileCommand(
    Guid Id,
    string Name,
    AssociationKind Kind,
    string? HomeRegionCode,
    DateOnly? FoundedOn,
    int? MemberCount,
    string? LiaisonLeader,
    string? PresidentName,
    string? PresidentContact,
    string? SecretaryGeneralName,
    string? SecretaryGeneralContact,
    int Version) : ICommand<AssociationDto>;

public sealed class UpdateAssociationProfileValidator : AbstractValidator<UpdateAssociationProfileCommand>
{
    public UpdateAssociationProfileValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Association.NameMaxLength).SingleLineText();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.HomeRegionCode).MaximumLength(16);
        RuleFor(x => x.FoundedOn).InDateRange(new DateOnly(1900, 1, 1), new DateOnly(2099, 12, 31));
        RuleFor(x => x.MemberCount).InclusiveBetween(0, Association.MemberCountMax);
        RuleFor(x => x.LiaisonLeader).MaximumLength(Association.LiaisonLeaderMaxLength).SingleLineText();
        RuleFor(x => x.PresidentName).MaximumLength(Association.PersonNameMaxLength).SingleLineText();
        RuleFor(x => x.PresidentContact).MaximumLength(Association.ContactMaxLength).SingleLineText();
        RuleFor(x => x.SecretaryGeneralName).MaximumLength(Association.PersonNameMaxLength).SingleLineText();
        RuleFor(x => x.SecretaryGeneralContact).MaximumLength(Association.ContactMaxLength).SingleLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateAssociationProfileHandler(IApplicationDbContext db) : ICommandHandler<UpdateAssociationProfileCommand, AssociationDto>
{
    public async ValueTask<AssociationDto> Handle(UpdateAssociationProfileCommand command, CancellationToken cancellationToken)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Association), command.Id);
        db.ExpectVersion(association, command.Version);
        await AssociationRegistry.CheckRegionAsync(db, command.HomeRegionCode, "association.region-not-found", cancellationToken);
        association.Update(command.Name, command.Kind);
        association.UpdateProfile(command.HomeRegionCode, command.FoundedOn, command.MemberCount, command.LiaisonLeader);
        association.UpdateOfficers(command.PresidentName, command.PresidentContact, command.SecretaryGeneralName, command.SecretaryGeneralContact);
        await db.SaveChangesAsync(cancellationToken);
        return association.ToDto();
    }
}
