using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Queries.GetWebhookSubscription;

public sealed record GetWebhookSubscriptionQuery(Guid Id) : IQuery<WebhookSubscriptionDto>;

public sealed class GetWebhookSubscriptionHandler(IApplicationDbContext db) : IQueryHandler<GetWebhookSubscriptionQuery, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(GetWebhookSubscriptionQuery query, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Id == query.Id)
            .Select(s => new WebhookSubscriptionDto(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.FailingSince, s.CreatedAt, s.Version))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(WebhookSubscription), query.Id);
}
