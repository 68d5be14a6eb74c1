using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.RevokeFiling;

/// <summary>A reviewer revokes an approval, with a reason.</summary>
public sealed record RevokeFilingCommand(Guid Id, int Version, string? Reason) : ICommand<FilingDto>;

public sealed class RevokeFilingValidator : AbstractValidator<RevokeFilingCommand>
{
    public RevokeFilingValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class RevokeFilingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts) : ICommandHandler<RevokeFilingCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(RevokeFilingCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);
        filing.Revoke(user.Actor(), clock.GetUtcNow(), command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
