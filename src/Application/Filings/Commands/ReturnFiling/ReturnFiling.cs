using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.ReturnFiling;

/// <summary>退回修改: a reviewer returns a filing under review with the reasons the filer must address.</summary>
public sealed record ReturnFilingCommand(Guid Id, int Version, string? Reasons) : ICommand<FilingDto>;

public sealed class ReturnFilingValidator : AbstractValidator<ReturnFilingCommand>
{
    public ReturnFilingValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reasons).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class ReturnFilingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts) : ICommandHandler<ReturnFilingCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(ReturnFilingCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);
        filing.Return(user.Actor(), clock.GetUtcNow(), command.Reasons);
        await db.SaveChangesAsync(cancellationToken);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
