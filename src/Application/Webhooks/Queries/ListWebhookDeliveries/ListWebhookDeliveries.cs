using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary>The delivery log, newest first, optionally of one subscription and/or in one status.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid? SubscriptionId = null, WebhookDeliveryStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<WebhookDeliveryDto>>, IPagedQuery;

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsDefinedValue();
    }
}

public sealed class ListWebhookDeliveriesHandler(IApplicationDbContext db)
    : IQueryHandler<ListWebhookDeliveriesQuery, PagedList<WebhookDeliveryDto>>
{
    public async ValueTask<PagedList<WebhookDeliveryDto>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var deliveries = db.WebhookDeliveries.AsNoTracking();
        if (query.SubscriptionId is { } subscriptionId)
        {
            deliveries = deliveries.Where(d => d.SubscriptionId == subscriptionId);
        }

        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        return await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).ToDtos(db)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
