using InvestPromo.Domain.Security;

namespace InvestPromo.Application.ApiKeys.Commands.SetApiKeyContacts;

/// <summary>
/// An admin grants a key the reading of filings' contacts, or takes the grant back (at once: keys are checked on each request).
/// The key's scope is not touched; the change is audited like every change of a key.
/// </summary>
public sealed record SetApiKeyContactsCommand(Guid Id, bool MayReadContacts, int Version) : ICommand<ApiKeyDto>;

public sealed class SetApiKeyContactsValidator : AbstractValidator<SetApiKeyContactsCommand>
{
    public SetApiKeyContactsValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class SetApiKeyContactsHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SetApiKeyContactsCommand, ApiKeyDto>
{
    public async ValueTask<ApiKeyDto> Handle(SetApiKeyContactsCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(ApiKey), command.Id);
        db.ExpectVersion(key, command.Version);
        key.AllowContacts(command.MayReadContacts);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyDto.From(key, clock.GetUtcNow());
    }
}
