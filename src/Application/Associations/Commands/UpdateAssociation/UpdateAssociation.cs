using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.UpdateAssociation;

public sealed record UpdateAssociationCommand(Guid Id, string Name, AssociationKind Kind, int Version) : ICommand<AssociationDto>;

public sealed class UpdateAssociationValidator : AbstractValidator<UpdateAssociationCommand>
{
    public UpdateAssociationValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Association.NameMaxLength).SingleLineText();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateAssociationHandler(IApplicationDbContext db) : ICommandHandler<UpdateAssociationCommand, AssociationDto>
{
    public async ValueTask<AssociationDto> Handle(UpdateAssociationCommand command, CancellationToken cancellationToken)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Association), command.Id);
        db.ExpectVersion(association, command.Version);
        association.Update(command.Name, command.Kind);
        await db.SaveChangesAsync(cancellationToken);
        return association.ToDto();
    }
}
