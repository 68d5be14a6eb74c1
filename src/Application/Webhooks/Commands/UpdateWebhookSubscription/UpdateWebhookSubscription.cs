using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Commands.UpdateWebhookSubscription;

/// <summary>
/// An admin edits a subscription (send the version read): URL, event types, description, paused or not, and its secret —
/// <see cref="RotateSecret"/> has the server generate a new one (answered once), <see cref="Secret"/> sets the admin's own.
/// </summary>
public sealed record UpdateWebhookSubscriptionCommand(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    bool Paused,
    int Version,
    bool RotateSecret = false,
    string? Secret = null) : ICommand<WebhookSubscriptionSavedDto>;

public sealed class UpdateWebhookSubscriptionValidator : AbstractValidator<UpdateWebhookSubscriptionCommand>
{
    private static readonly Localized OneOrTheOther = new("生成新密钥与自定密钥只能选择一项。", "Either rotate the secret or give one, not both.");

    public UpdateWebhookSubscriptionValidator()
    {
        RuleFor(x => x.Url).Url();
        RuleFor(x => x.EventTypes).EventTypes();
        RuleFor(x => x.Description).Description();
        RuleFor(x => x.Secret).Secret();
        RuleFor(x => x.Secret).Null().When(x => x.RotateSecret).WithMessage(_ => OneOrTheOther.Current);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateWebhookSubscriptionHandler(IApplicationDbContext db, IWebhookTargets targets, IWebhookSecrets secrets)
    : ICommandHandler<UpdateWebhookSubscriptionCommand, WebhookSubscriptionSavedDto>
{
    public async ValueTask<WebhookSubscriptionSavedDto> Handle(UpdateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.FindAsync([command.Id], cancellationToken);
        if (subscription is null || subscription.IsDeleted)
        {
            throw new NotFoundException(nameof(WebhookSubscription), command.Id);
        }

        db.ExpectVersion(subscription, command.Version);
        var url = await WebhookSubscriptionRules.CheckedUrlAsync(targets, command.Url, cancellationToken);
        subscription.Update(url, command.EventTypes, command.Description);
        if (command.Paused)
        {
            subscription.Pause();
        }
        else
        {
            subscription.Resume();
        }

        var generated = command.RotateSecret ? secrets.Generate() : null;
        if ((generated ?? command.Secret) is { } secret)
        {
            subscription.ReplaceSecret(secrets.Protect(secret));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSubscriptionSavedDto(WebhookSubscriptionDto.From(subscription), generated);
    }
}
