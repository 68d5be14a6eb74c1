using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits.Commands.RemoveCreditEvidence;

/// <summary>The filer removes an evidence file of its unit's proposed claim (marked deleted; the bytes are kept for the audit trail).</summary>
public sealed record RemoveCreditEvidenceCommand(Guid CreditId, Guid EvidenceId) : ICommand;

public sealed class RemoveCreditEvidenceHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemoveCreditEvidenceCommand>
{
    public async ValueTask<Unit> Handle(RemoveCreditEvidenceCommand command, CancellationToken cancellationToken)
    {
        var credit = await db.OwnCreditAsync(user, command.CreditId, cancellationToken);
        var evidence = await db.CreditEvidence.FirstOrDefaultAsync(e => e.Id == command.EvidenceId && e.CreditId == credit.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(CreditEvidence), command.EvidenceId);
        evidence.Remove(credit, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
