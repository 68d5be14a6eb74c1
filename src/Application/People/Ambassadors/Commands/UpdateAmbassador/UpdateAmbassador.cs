using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors.Commands.UpdateAmbassador;

/// <summary>Edits an appointment (send the version you read); its year stays, another year is a reappointment.</summary>
public sealed record UpdateAmbassadorCommand(
    Guid Id,
    string Name,
    string CertificateNumber,
    int Version,
    string? Phone = null,
    string? Email = null,
    string? Organisation = null,
    string? Title = null,
    string? CityRegionCode = null,
    Guid? IndustryChainId = null,
    Guid? AssociationId = null,
    DateOnly? AppointedOn = null,
    string? Note = null) : ICommand<AmbassadorDto>, IAmbassadorFields;

public sealed class UpdateAmbassadorValidator : AbstractValidator<UpdateAmbassadorCommand>
{
    public UpdateAmbassadorValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        this.AddFieldRules();
    }
}

public sealed class UpdateAmbassadorHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<UpdateAmbassadorCommand, AmbassadorDto>
{
    public async ValueTask<AmbassadorDto> Handle(UpdateAmbassadorCommand command, CancellationToken cancellationToken)
    {
        var ambassador = await db.Ambassadors.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Ambassador), command.Id);
        db.ExpectVersion(ambassador, command.Version);
        await PeopleRules.CheckReferencesAsync(db, command.IndustryChainId, command.AssociationId, cancellationToken);
        await AmbassadorQueries.EnsureCertificateFreeAsync(db, ambassador.Year, command.CertificateNumber, ambassador.Id, cancellationToken);
        ambassador.Edit(command.Name, command.CertificateNumber, command.Details());
        await AmbassadorSaving.SaveAsync(db, cancellationToken);
        return await AmbassadorQueries.ReadAsync(db, user, ambassador.Id, cancellationToken);
    }
}
