using InvestPromo.Application.Leads;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.UpdateFilingDraft;

/// <summary>The filer rewrites a draft or a returned filing of its own unit (send the version you read).</summary>
public sealed record UpdateFilingDraftCommand : FilingFieldsRequest, ICommand<FilingDto>
{
    public UpdateFilingDraftCommand(Guid id, FilingFieldsRequest fields, int version)
        : base(fields)
    {
        Id = id;
        Version = version;
    }

    public Guid Id { get; init; }

    public int Version { get; init; }
}

public sealed class UpdateFilingDraftValidator : AbstractValidator<UpdateFilingDraftCommand>
{
    public UpdateFilingDraftValidator(IApplicationDbContext db)
    {
        this.AddFilingFieldRules(db, x => x.Id);
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
        var details = await command.ToDetailsAsync(db, cancellationToken, currentRegion: filing.SourceRegionCode);
        filing.EditDraft(details, user.Actor(), clock.GetUtcNow(), FilingChanges.Describe);
        await db.LinkLeadAsync(user, filing, command.LeadId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
