namespace InvestPromo.Application.PurchasedServices.Queries.GetPurchasedServiceYear;

/// <summary>One year of the purchased service with its payments, evaluation, subsidies, budget used and remaining.</summary>
public sealed record GetPurchasedServiceYearQuery(Guid Id) : IQuery<PurchasedServiceYearDto>;

public sealed class GetPurchasedServiceYearHandler(IApplicationDbContext db) : IQueryHandler<GetPurchasedServiceYearQuery, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(GetPurchasedServiceYearQuery query, CancellationToken cancellationToken) =>
        await db.YearDtoAsync(query.Id, cancellationToken);
}
