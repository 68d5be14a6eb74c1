using InvestPromo.Domain.Security;

namespace InvestPromo.Application.ApiKeys.Commands.CreateApiKey;

/// <summary>An admin issues a key; <see cref="MayReadContacts"/> grants it filings' contacts (off unless asked for).</summary>
public sealed record CreateApiKeyCommand(string Name, ApiKeyScope Scope, DateTimeOffset? ExpiresAt, bool MayReadContacts = false) : ICommand<CreatedApiKeyDto>;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength).SingleLineText();
        RuleFor(x => x.Scope).IsDefinedValue();
        RuleFor(x => x.ExpiresAt).InDateRange();
    }
}

public sealed class CreateApiKeyHandler(IApplicationDbContext db, IApiKeySecrets secrets, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async ValueTask<CreatedApiKeyDto> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (secret, prefix, hash) = secrets.Generate();
        var key = ApiKey.Issue(command.Name, command.Scope, prefix, hash, command.ExpiresAt?.ToUniversalTime(), user.UserId, user.Name, now, command.MayReadContacts);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKeyDto(ApiKeyDto.From(key, now), secret);
    }
}
