using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Queries.ListWebhookSubscriptions;

/// <summary>Every subscription (not deleted), newest first; never their secrets.</summary>
public sealed record ListWebhookSubscriptionsQuery : IQuery<IReadOnlyList<WebhookSubscriptionDto>>;

public sealed class ListWebhookSubscriptionsHandler(IApplicationDbContext db)
    : IQueryHandler<ListWebhookSubscriptionsQuery, IReadOnlyList<WebhookSubscriptionDto>>
{
    public async ValueTask<IReadOnlyList<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptionsQuery query, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.AsNoTracking()
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new WebhookSubscriptionDto(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.FailingSince, s.CreatedAt, s.Version))
            .ToListAsync(cancellationToken);
}
