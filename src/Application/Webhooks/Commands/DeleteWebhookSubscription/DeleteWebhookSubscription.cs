using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Commands.DeleteWebhookSubscription;

/// <summary>An admin deletes a subscription (softly; send the version read): nothing more is queued or sent to it.</summary>
public sealed record DeleteWebhookSubscriptionCommand(Guid Id, int Version) : ICommand;

public sealed class DeleteWebhookSubscriptionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteWebhookSubscriptionCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.FindAsync([command.Id], cancellationToken);
        if (subscription is null || subscription.IsDeleted)
        {
            throw new NotFoundException(nameof(WebhookSubscription), command.Id);
        }

        db.ExpectVersion(subscription, command.Version);
        subscription.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
