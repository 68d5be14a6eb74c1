using InvestPromo.Domain.Organisation;

namespace InvestPromo.Application.Units.Commands.CreateUnit;

public sealed record CreateUnitCommand(string Code, string Name, UnitKind Kind, string? Description) : ICommand<UnitDto>;

public sealed class CreateUnitValidator : AbstractValidator<CreateUnitCommand>
{
    public CreateUnitValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(CarrierUnit.CodeMaxLength).Matches("^[A-Za-z0-9_-]+$");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CarrierUnit.NameMaxLength).SingleLineText();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Description).MaximumLength(CarrierUnit.DescriptionMaxLength).MultiLineText();
    }
}

public sealed class CreateUnitHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateUnitCommand, UnitDto>
{
    public async ValueTask<UnitDto> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        var code = CarrierUnit.NormaliseCode(command.Code);
        if (await db.Units.IgnoreQueryFilters().AnyAsync(u => u.Code == code, cancellationToken))
        {
            throw DomainRuleException.Conflict("unit.code-taken", $"Unit code '{code}' is already in use.");
        }

        var unit = CarrierUnit.Create(code, command.Name, command.Kind, command.Description, user.UserId, clock.GetUtcNow());
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
