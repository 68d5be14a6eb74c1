using InvestPromo.Application.Filings;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Credits.Commands.ChangeCredit;

/// <summary>
/// Only a reviewer changes a confirmed credit: the confirmed one is superseded with the reason (send its version) and the new one
/// (source Reviewer) is confirmed in the same save; a filing without a confirmed credit is 409 <c>credit.not-confirmed</c>.
/// </summary>
public sealed record ChangeCreditCommand(Guid FilingId, int Version, Guid? AssociationId, RecommenderKind? RecommenderKind, Guid? RecommenderId, string? RecommenderName, string Reason)
    : ICommand<CreditDto>;

public sealed class ChangeCreditValidator : AbstractValidator<ChangeCreditCommand>
{
    public ChangeCreditValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(ProjectCredit.ReasonMaxLength).SingleLineText();
        RuleFor(x => x.RecommenderKind).IsDefinedValue();
        RuleFor(x => x.RecommenderName).MaximumLength(ProjectCredit.RecommenderNameMaxLength).SingleLineText();
        RuleFor(x => x.RecommenderName).NotEmpty().When(x => x.RecommenderKind == Domain.Credits.RecommenderKind.Person);
        RuleFor(x => x.RecommenderId).NotEmpty().When(x => x.RecommenderKind is Domain.Credits.RecommenderKind.Ambassador or Domain.Credits.RecommenderKind.Native);
    }
}

public sealed class ChangeCreditHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ChangeCreditCommand, CreditDto>
{
    public async ValueTask<CreditDto> Handle(ChangeCreditCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Filings.AsNoTracking().VisibleTo(user).AnyAsync(f => f.Id == command.FilingId, cancellationToken))
        {
            throw new NotFoundException(nameof(Filing), command.FilingId);
        }

        var claims = await db.ProjectCredits.Where(c => c.FilingId == command.FilingId).ToListAsync(cancellationToken);
        var confirmed = claims.FirstOrDefault(c => c.Status == CreditStatus.Confirmed)
            ?? throw DomainRuleException.Conflict("credit.not-confirmed", "Only a confirmed credit can be changed.");
        db.ExpectVersion(confirmed, command.Version);
        var claimant = await db.CheckAsync(command.AssociationId, command.RecommenderKind, command.RecommenderKind == Domain.Credits.RecommenderKind.Person ? null : command.RecommenderId, command.RecommenderName, cancellationToken);
        var replacement = ProjectCredit.Change(confirmed, claims, claimant.AssociationId, claimant.RecommenderKind, claimant.RecommenderId, claimant.RecommenderName,
            command.Reason, user.UserId ?? Guid.Empty, user.Name ?? "system", clock.GetUtcNow());
        db.ProjectCredits.Add(replacement);
        await db.SaveChangesAsync(cancellationToken);
        return await db.CreditAsync(replacement.Id, cancellationToken);
    }
}
