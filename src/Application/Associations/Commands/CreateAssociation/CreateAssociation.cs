using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.CreateAssociation;

/// <summary>A new association: established unless it starts as a 筹备组; the rest of its profile optional.</summary>
public sealed record CreateAssociationCommand(
    string Name,
    AssociationKind Kind,
    AssociationStatus? Status = null,
    string? HomeRegionCode = null,
    DateOnly? FoundedOn = null,
    int? MemberCount = null,
    string? LiaisonLeader = null) : ICommand<AssociationDto>;

public sealed class CreateAssociationValidator : AbstractValidator<CreateAssociationCommand>
{
    public CreateAssociationValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Association.NameMaxLength).SingleLineText();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.HomeRegionCode).MaximumLength(16);
        RuleFor(x => x.FoundedOn).InDateRange(new DateOnly(1900, 1, 1), new DateOnly(2099, 12, 31));
        RuleFor(x => x.MemberCount).InclusiveBetween(0, Association.MemberCountMax);
        RuleFor(x => x.LiaisonLeader).MaximumLength(Association.LiaisonLeaderMaxLength).SingleLineText();
    }
}

public sealed class CreateAssociationHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateAssociationCommand, AssociationDto>
{
    public async ValueTask<AssociationDto> Handle(CreateAssociationCommand command, CancellationToken cancellationToken)
    {
        await AssociationRegistry.CheckRegionAsync(db, command.HomeRegionCode, "association.region-not-found", cancellationToken);
        var association = Association.Create(command.Name, command.Kind, user.UserId, clock.GetUtcNow());
        association.UpdateProfile(command.HomeRegionCode, command.FoundedOn, command.MemberCount, command.LiaisonLeader);
        if (command.Status is { } status)
        {
            association.StartAs(status);
        }

        db.Associations.Add(association);
        await db.SaveChangesAsync(cancellationToken);
        return association.ToDto();
    }
}
