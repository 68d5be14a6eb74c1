using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Commands.CreateWebhookSubscription;

/// <summary>An admin registers a receiver; without <see cref="Secret"/> the server generates one, answered once.</summary>
public sealed record CreateWebhookSubscriptionCommand(string Url, IReadOnlyList<string> EventTypes, string? Description = null, string? Secret = null)
    : ICommand<WebhookSubscriptionSavedDto>;

public sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscriptionCommand>
{
    public CreateWebhookSubscriptionValidator()
    {
        RuleFor(x => x.Url).Url();
        RuleFor(x => x.EventTypes).EventTypes();
        RuleFor(x => x.Description).Description();
        RuleFor(x => x.Secret).Secret();
    }
}

public sealed class CreateWebhookSubscriptionHandler(IApplicationDbContext db, IWebhookTargets targets, IWebhookSecrets secrets, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateWebhookSubscriptionCommand, WebhookSubscriptionSavedDto>
{
    public async ValueTask<WebhookSubscriptionSavedDto> Handle(CreateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var url = await WebhookSubscriptionRules.CheckedUrlAsync(targets, command.Url, cancellationToken);
        var generated = command.Secret is null ? secrets.Generate() : null;
        var subscription = WebhookSubscription.Register(url, command.EventTypes, command.Description, secrets.Protect(command.Secret ?? generated!), user.UserId, clock.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSubscriptionSavedDto(WebhookSubscriptionDto.From(subscription), generated);
    }
}
