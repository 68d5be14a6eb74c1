using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.CreateAssociation;

public sealed record CreateAssociationCommand(string Name, AssociationKind Kind) : ICommand<AssociationDto>;

public sealed class CreateAssociationValidator : AbstractValidator<CreateAssociationCommand>
{
    public CreateAssociationValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Association.NameMaxLength).SingleLineText();
        RuleFor(x => x.Kind).IsInEnum();
    }
}

public sealed class CreateAssociationHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateAssociationCommand, AssociationDto>
{
    public async ValueTask<AssociationDto> Handle(CreateAssociationCommand command, CancellationToken cancellationToken)
    {
        var association = Association.Create(command.Name, command.Kind, user.UserId, clock.GetUtcNow());
        db.Associations.Add(association);
        await db.SaveChangesAsync(cancellationToken);
        return association.ToDto();
    }
}
