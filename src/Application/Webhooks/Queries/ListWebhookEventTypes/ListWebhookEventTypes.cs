namespace InvestPromo.Application.Webhooks.Queries.ListWebhookEventTypes;

/// <summary>The event types a subscription may choose (the registry, <see cref="WebhookEventTypes"/>).</summary>
public sealed record ListWebhookEventTypesQuery : IQuery<IReadOnlyList<string>>;

public sealed class ListWebhookEventTypesHandler : IQueryHandler<ListWebhookEventTypesQuery, IReadOnlyList<string>>
{
    public ValueTask<IReadOnlyList<string>> Handle(ListWebhookEventTypesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(WebhookEventTypes.All);
}
