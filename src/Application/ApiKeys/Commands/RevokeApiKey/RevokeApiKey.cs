using InvestPromo.Domain.Security;

namespace InvestPromo.Application.ApiKeys.Commands.RevokeApiKey;

public sealed record RevokeApiKeyCommand(Guid Id, string? Reason) : ICommand;

public sealed class RevokeApiKeyValidator : AbstractValidator<RevokeApiKeyCommand>
{
    public RevokeApiKeyValidator() => RuleFor(x => x.Reason).MaximumLength(ApiKey.ReasonMaxLength).MultiLineText();
}

public sealed class RevokeApiKeyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(ApiKey), command.Id);
        key.Revoke(command.Reason, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
