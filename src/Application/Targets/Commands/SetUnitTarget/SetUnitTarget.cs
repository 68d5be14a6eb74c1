using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets.Commands.SetUnitTarget;

/// <summary>
/// An admin sets a unit's targets for a year: the first time with no version, afterwards with the version read (stale → 409
/// <c>concurrency.stale</c>; a first set when someone else already set them is stale too). A unit that does not exist is a 400 on
/// "unitId" (<c>target.unit-not-found</c>); a negative figure, an amount with more than two decimals or an "of which" count above
/// its whole is a 400 on its field. Audited.
/// </summary>
public sealed record SetUnitTargetCommand(int Year, Guid UnitId, TargetFiguresDto Figures, int? Version) : ICommand<UnitTargetDto>;

public sealed class SetUnitTargetValidator : AbstractValidator<SetUnitTargetCommand>
{
    public SetUnitTargetValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.UnitId)
            .MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id, ct))
            .WithErrorCode("target.unit-not-found")
            .WithMessage(_ => ErrorMessages.For("target.unit-not-found", "The carrier unit does not exist."));
        this.AddFiguresRules(x => x.Figures);
    }
}

public sealed class SetUnitTargetHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetUnitTargetCommand, UnitTargetDto>
{
    public async ValueTask<UnitTargetDto> Handle(SetUnitTargetCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw RequestValidationException.For("unitId", ErrorMessages.For("target.unit-not-found", "The carrier unit does not exist."));
        var now = clock.GetUtcNow();
        var figures = command.Figures.ToFigures();
        var target = await db.UnitTargets.FirstOrDefaultAsync(t => t.UnitId == command.UnitId && t.Year == command.Year, cancellationToken);
        if (target is null)
        {
            if (command.Version is not null)
            {
                throw new ConcurrencyConflictException(nameof(UnitTarget), command.UnitId);
            }

            target = UnitTarget.Create(command.UnitId, command.Year, figures, user.UserId, now);
            db.UnitTargets.Add(target);
        }
        else
        {
            db.ExpectVersion(target, command.Version ?? -1);
            target.Set(figures, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TargetReads.ToDto(unit, target);
    }
}
