using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Persistence;
using InvestPromo.Application.Filings;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Objections.Commands;

/// <summary>异议不成立: a reviewer dismisses an objection with a reason; the filing stays approved once none is open.</summary>
public sealed record DismissObjectionCommand(Guid Id, int Version, string? Reason) : ICommand<ObjectionDto>;

/// <summary>
/// 异议成立: a reviewer upholds an objection with a reason, revoking the approval or returning the filing to its unit for
/// correction; the filing's other open objections are settled with it.
/// </summary>
public sealed record UpholdObjectionCommand(Guid Id, int Version, ObjectionRemedy? Remedy, string? Reason) : ICommand<ObjectionDto>;

public sealed class DismissObjectionValidator : AbstractValidator<DismissObjectionCommand>
{
    public DismissObjectionValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength);
    }
}

public sealed class UpholdObjectionValidator : AbstractValidator<UpholdObjectionCommand>
{
    public UpholdObjectionValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Remedy).NotNull().IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength);
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

internal static class ObjectionDecisions
{
    /// <summary>The objection at the version the reviewer read (else 409) and its filing, both tracked, the filing with its history.</summary>
    public static async Task<(Objection Objection, Filing Filing)> LoadObjectionForDecisionAsync(this IApplicationDbContext db, Guid id, int version, CancellationToken ct)
    {
        var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException(nameof(Objection), id);
        db.ExpectVersion(objection, version);
        var filing = await db.Filings.IgnoreQueryFilters().Include(f => f.History).SingleAsync(f => f.Id == objection.FilingId, ct);
        return (objection, filing);
    }
}
