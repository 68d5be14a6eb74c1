using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits.Commands.ProposeCredit;

/// <summary>
/// The filer proposes who brought its unit's project: an association, a recommender (an ambassador or native from the registry,
/// or a named person) or both. One open claim per association per filing (409 <c>credit.claim-exists</c>); another association's
/// claim competes and a reviewer decides.
/// </summary>
public sealed record ProposeCreditCommand(Guid FilingId, Guid? AssociationId, RecommenderKind? RecommenderKind, Guid? RecommenderId, string? RecommenderName)
    : ICommand<CreditDto>;

public sealed class ProposeCreditValidator : AbstractValidator<ProposeCreditCommand>
{
    public ProposeCreditValidator()
    {
        RuleFor(x => x.RecommenderKind).IsDefinedValue();
        RuleFor(x => x.RecommenderName).MaximumLength(ProjectCredit.RecommenderNameMaxLength).SingleLineText();
        RuleFor(x => x.RecommenderName).NotEmpty().When(x => x.RecommenderKind == Domain.Credits.RecommenderKind.Person);
        RuleFor(x => x.RecommenderId).NotEmpty().When(x => x.RecommenderKind is Domain.Credits.RecommenderKind.Ambassador or Domain.Credits.RecommenderKind.Native);
    }
}

public sealed class ProposeCreditHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ProposeCreditCommand, CreditDto>
{
    public async ValueTask<CreditDto> Handle(ProposeCreditCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.OwnFilingAsync(user, command.FilingId, cancellationToken);
        ProjectCredit.EnsureFilingTakesClaims(filing.Status);
        var claimant = await db.CheckAsync(command.AssociationId, command.RecommenderKind, command.RecommenderKind == Domain.Credits.RecommenderKind.Person ? null : command.RecommenderId, command.RecommenderName, cancellationToken);
        var existing = await db.ProjectCredits.Where(c => c.FilingId == filing.Id).ToListAsync(cancellationToken);
        ProjectCredit.EnsureCanClaim(existing, claimant.AssociationId, claimant.RecommenderKind, claimant.RecommenderId, claimant.RecommenderName);
        var credit = ProjectCredit.Propose(filing.Id, filing.UnitId, claimant.AssociationId, claimant.RecommenderKind, claimant.RecommenderId, claimant.RecommenderName,
            CreditSource.Filer, leadId: null, user.UserId, user.Name ?? "system", clock.GetUtcNow());
        db.ProjectCredits.Add(credit);
        await db.SaveChangesAsync(cancellationToken);
        return await db.CreditAsync(credit.Id, cancellationToken);
    }
}
