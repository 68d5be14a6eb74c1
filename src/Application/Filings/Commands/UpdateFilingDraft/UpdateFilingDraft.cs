using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.UpdateFilingDraft;

/// <summary>The filer rewrites a draft or a returned filing of its own unit (send the version you read).</summary>
public sealed record UpdateFilingDraftCommand(
    Guid Id,
    string? ProjectName,
    string? InvestorName,
    string? CreditCode,
    string? SourceRegionCode,
    Guid? IndustryChainId,
    ProjectCategory? Category,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    decimal? PlannedFixedAssetInvestment,
    string? ConstructionContent,
    Guid? AssociationId,
    string? RecommenderName,
    string? RecommenderContact,
    string? ContactName,
    string? ContactPhone,
    int Version) : ICommand<FilingDto>, IFilingFields;

public sealed class UpdateFilingDraftValidator : AbstractValidator<UpdateFilingDraftCommand>
{
    public UpdateFilingDraftValidator(IApplicationDbContext db)
    {
        this.AddFilingFieldRules(db);
        RuleFor(x => x.ProjectName).NotEmpty();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateFilingDraftHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts)
    : ICommandHandler<UpdateFilingDraftCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(UpdateFilingDraftCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);
        var data = await command.ToDataAsync(db, cancellationToken);
        filing.EditDraft(data, user.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, cancellationToken);
    }
}
