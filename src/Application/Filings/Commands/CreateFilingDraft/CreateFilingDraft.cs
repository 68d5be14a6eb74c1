using InvestPromo.Application.Leads;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.CreateFilingDraft;

/// <summary>A filer starts a filing for its own unit; a draft may be incomplete.</summary>
public sealed record CreateFilingDraftCommand : FilingFieldsRequest, ICommand<FilingDto>
{
    /// <summary>The request body (JSON binds through this one).</summary>
    public CreateFilingDraftCommand()
    {
    }

    public CreateFilingDraftCommand(FilingFieldsRequest fields)
        : base(fields)
    {
    }
}

public sealed class CreateFilingDraftValidator : AbstractValidator<CreateFilingDraftCommand>
{
    public CreateFilingDraftValidator(IApplicationDbContext db)
    {
        this.AddFilingFieldRules(db);
        RuleFor(x => x.ProjectName).NotEmpty();
    }
}

public sealed class CreateFilingDraftHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts)
    : ICommandHandler<CreateFilingDraftCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(CreateFilingDraftCommand command, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new ForbiddenAccessException("Only a filer bound to a unit can file.");
        var details = await command.ToDetailsAsync(db, cancellationToken);
        var filing = Filing.CreateDraft(unitId, details, user.Actor(), clock.GetUtcNow());
        await db.LinkLeadAsync(user, filing, command.LeadId, cancellationToken);
        db.Filings.Add(filing);
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
