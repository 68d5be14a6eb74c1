using InvestPromo.Application.Filings;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Objections.Commands.DismissObjection;

/// <summary>异议不成立: a reviewer dismisses an objection with a reason; the filing stays approved once none is open.</summary>
public sealed record DismissObjectionCommand(Guid Id, int Version, string? Reason) : ICommand<ObjectionDto>;

public sealed class DismissObjectionValidator : AbstractValidator<DismissObjectionCommand>
{
    public DismissObjectionValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class DismissObjectionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DismissObjectionCommand, ObjectionDto>
{
    public async ValueTask<ObjectionDto> Handle(DismissObjectionCommand command, CancellationToken cancellationToken)
    {
        var (objection, filing) = await db.LoadObjectionForDecisionAsync(command.Id, command.Version, cancellationToken);
        objection.Dismiss(filing, user.Actor(), command.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await ObjectionQueries.GetAsync(db, objection.Id, cancellationToken);
    }
}
