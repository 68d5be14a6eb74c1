using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits.Commands.ConfirmCredit;

/// <summary>
/// A reviewer confirms one claim (send the version you read): the filing's other open claims are rejected (“another claim
/// confirmed”); a filing with a confirmed credit already is 409 <c>credit.already-confirmed</c> (a change is the way).
/// </summary>
public sealed record ConfirmCreditCommand(Guid CreditId, int Version) : ICommand<CreditDto>;

public sealed class ConfirmCreditValidator : AbstractValidator<ConfirmCreditCommand>
{
    public ConfirmCreditValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class ConfirmCreditHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ConfirmCreditCommand, CreditDto>
{
    public async ValueTask<CreditDto> Handle(ConfirmCreditCommand command, CancellationToken cancellationToken)
    {
        var credit = await db.VisibleCreditAsync(user, command.CreditId, cancellationToken);
        db.ExpectVersion(credit, command.Version);
        if (credit.AssociationId is { } associationId && credit.Status == CreditStatus.Proposed)
        {
            var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == associationId, cancellationToken)
                ?? throw new NotFoundException(nameof(Association), associationId);
            association.EnsureNotDissolved();
        }

        var claims = await db.ProjectCredits.Where(c => c.FilingId == credit.FilingId).ToListAsync(cancellationToken);
        ProjectCredit.ConfirmOne(credit, claims, user.UserId ?? Guid.Empty, user.Name ?? "system", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.CreditAsync(credit.Id, cancellationToken);
    }
}
