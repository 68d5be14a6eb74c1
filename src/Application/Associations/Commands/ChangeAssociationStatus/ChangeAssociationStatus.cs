using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.ChangeAssociationStatus;

/// <summary>筹备组 → established → dissolved (or 筹备组 → dissolved); anything else 409 <c>association.status-change-invalid</c>.</summary>
public sealed record ChangeAssociationStatusCommand(Guid Id, AssociationStatus Status, int Version) : ICommand<AssociationDto>;

public sealed class ChangeAssociationStatusValidator : AbstractValidator<ChangeAssociationStatusCommand>
{
    public ChangeAssociationStatusValidator()
    {
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class ChangeAssociationStatusHandler(IApplicationDbContext db) : ICommandHandler<ChangeAssociationStatusCommand, AssociationDto>
{
    public async ValueTask<AssociationDto> Handle(ChangeAssociationStatusCommand command, CancellationToken cancellationToken)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Association), command.Id);
        db.ExpectVersion(association, command.Version);
        association.ChangeStatus(command.Status);
        await db.SaveChangesAsync(cancellationToken);
        return association.ToDto();
    }
}
