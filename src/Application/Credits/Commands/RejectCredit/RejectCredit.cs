using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits.Commands.RejectCredit;

/// <summary>A reviewer rejects a proposed claim with the reason (send the version you read).</summary>
public sealed record RejectCreditCommand(Guid CreditId, int Version, string Reason) : ICommand<CreditDto>;

public sealed class RejectCreditValidator : AbstractValidator<RejectCreditCommand>
{
    public RejectCreditValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(ProjectCredit.ReasonMaxLength).SingleLineText();
    }
}

public sealed class RejectCreditHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectCreditCommand, CreditDto>
{
    public async ValueTask<CreditDto> Handle(RejectCreditCommand command, CancellationToken cancellationToken)
    {
        var credit = await db.VisibleCreditAsync(user, command.CreditId, cancellationToken);
        db.ExpectVersion(credit, command.Version);
        credit.Reject(command.Reason, user.UserId ?? Guid.Empty, user.Name ?? "system", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.CreditAsync(credit.Id, cancellationToken);
    }
}
