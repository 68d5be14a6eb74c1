using InvestPromo.Domain.Organisation;

namespace InvestPromo.Application.Units.Commands.UpdateUnit;

public sealed record UpdateUnitCommand(Guid Id, string Name, UnitKind Kind, string? Description, int Version) : ICommand<UnitDto>;

public sealed class UpdateUnitValidator : AbstractValidator<UpdateUnitCommand>
{
    public UpdateUnitValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CarrierUnit.NameMaxLength).SingleLineText();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Description).MaximumLength(CarrierUnit.DescriptionMaxLength).MultiLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateUnitHandler(IApplicationDbContext db) : ICommandHandler<UpdateUnitCommand, UnitDto>
{
    public async ValueTask<UnitDto> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.Id], cancellationToken);
        if (unit is null || unit.IsDeleted)
        {
            throw new NotFoundException(nameof(CarrierUnit), command.Id);
        }

        db.ExpectVersion(unit, command.Version);
        unit.Update(command.Name, command.Kind, command.Description);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
