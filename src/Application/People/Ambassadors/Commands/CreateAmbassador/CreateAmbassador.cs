using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors.Commands.CreateAmbassador;

/// <summary>Appoints an ambassador (招商大使) for a year; the certificate number must be free in that year.</summary>
public sealed record CreateAmbassadorCommand(
    int Year,
    string Name,
    string CertificateNumber,
    string? Phone = null,
    string? Email = null,
    string? Organisation = null,
    string? Title = null,
    string? CityRegionCode = null,
    Guid? IndustryChainId = null,
    Guid? AssociationId = null,
    DateOnly? AppointedOn = null,
    string? Note = null) : ICommand<AmbassadorDto>, IAmbassadorFields;

public sealed class CreateAmbassadorValidator : AbstractValidator<CreateAmbassadorCommand>
{
    public CreateAmbassadorValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        this.AddFieldRules();
    }
}

public sealed class CreateAmbassadorHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateAmbassadorCommand, AmbassadorDto>
{
    public async ValueTask<AmbassadorDto> Handle(CreateAmbassadorCommand command, CancellationToken cancellationToken)
    {
        await PeopleRules.CheckReferencesAsync(db, command.IndustryChainId, command.AssociationId, cancellationToken);
        await AmbassadorQueries.EnsureCertificateFreeAsync(db, command.Year, command.CertificateNumber, null, cancellationToken);
        var ambassador = Ambassador.Appoint(command.Year, command.Name, command.CertificateNumber, command.Details(), user.UserId, clock.GetUtcNow());
        db.Ambassadors.Add(ambassador);
        await AmbassadorSaving.SaveAsync(db, cancellationToken);
        return await AmbassadorQueries.ReadAsync(db, user, ambassador.Id, cancellationToken);
    }
}
