using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.WithdrawFiling;

/// <summary>The filer takes back its unit's filing while it is under review.</summary>
public sealed record WithdrawFilingCommand(Guid Id, int Version) : ICommand<FilingDto>;

public sealed class WithdrawFilingValidator : AbstractValidator<WithdrawFilingCommand>
{
    public WithdrawFilingValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class WithdrawFilingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts) : ICommandHandler<WithdrawFilingCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(WithdrawFilingCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);
        filing.Withdraw(user.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
