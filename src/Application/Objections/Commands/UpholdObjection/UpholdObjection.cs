using InvestPromo.Application.Filings;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;

namespace InvestPromo.Application.Objections.Commands.UpholdObjection;

/// <summary>
/// 异议成立: a reviewer upholds an objection with a reason, revoking the approval or returning the filing to its unit for
/// correction; the filing's other open objections are settled with it.
/// </summary>
public sealed record UpholdObjectionCommand(Guid Id, int Version, ObjectionRemedy? Remedy, string? Reason) : ICommand<ObjectionDto>;

public sealed class UpholdObjectionValidator : AbstractValidator<UpholdObjectionCommand>
{
    public UpholdObjectionValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Remedy).NotNull().IsDefinedValue();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class UpholdObjectionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpholdObjectionCommand, ObjectionDto>
{
    public async ValueTask<ObjectionDto> Handle(UpholdObjectionCommand command, CancellationToken cancellationToken)
    {
        var (objection, filing) = await db.LoadObjectionForDecisionAsync(command.Id, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        var reviewer = user.Actor();
        objection.Uphold(filing, command.Remedy!.Value, reviewer, command.Reason, now);
        var others = await db.Objections
            .Where(o => o.FilingId == filing.Id && o.Status == ObjectionStatus.Pending && o.Id != objection.Id)
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            other.UpholdTogetherWith(objection, reviewer, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ObjectionQueries.GetAsync(db, objection.Id, cancellationToken);
    }
}
