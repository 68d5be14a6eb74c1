using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.ApproveFiling;

/// <summary>备案: a reviewer approves a filing under review.</summary>
public sealed record ApproveFilingCommand(Guid Id, int Version) : ICommand<FilingDto>;

public sealed class ApproveFilingValidator : AbstractValidator<ApproveFilingCommand>
{
    public ApproveFilingValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class ApproveFilingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts) : ICommandHandler<ApproveFilingCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(ApproveFilingCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);
        filing.Approve(user.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
