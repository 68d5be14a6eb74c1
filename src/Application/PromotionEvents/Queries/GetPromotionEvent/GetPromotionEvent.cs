namespace InvestPromo.Application.PromotionEvents.Queries.GetPromotionEvent;

/// <summary>One event the caller may see, with everything it links; else 404.</summary>
public sealed record GetPromotionEventQuery(Guid Id) : IQuery<PromotionEventDto>;

public sealed class GetPromotionEventQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetPromotionEventQuery, PromotionEventDto>
{
    public async ValueTask<PromotionEventDto> Handle(GetPromotionEventQuery query, CancellationToken cancellationToken) =>
        await db.LoadEventDtoAsync(user, query.Id, cancellationToken);
}
