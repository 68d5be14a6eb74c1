namespace InvestPromo.Application.PurchasedServices.Queries.ListPurchasedServiceYears;

/// <summary>Every year of the purchased service, newest first, with what each has spent.</summary>
public sealed record ListPurchasedServiceYearsQuery : IQuery<IReadOnlyList<PurchasedServiceYearSummaryDto>>;

public sealed class ListPurchasedServiceYearsHandler(IApplicationDbContext db) : IQueryHandler<ListPurchasedServiceYearsQuery, IReadOnlyList<PurchasedServiceYearSummaryDto>>
{
    public async ValueTask<IReadOnlyList<PurchasedServiceYearSummaryDto>> Handle(ListPurchasedServiceYearsQuery query, CancellationToken cancellationToken)
    {
        var years = await db.PurchasedServiceYears.AsNoTracking().OrderByDescending(y => y.Year)
            .Select(y => new { y.Id, y.Year, y.Contractor, y.ContractAmount, y.BudgetLimit }).ToListAsync(cancellationToken);
        var ids = years.Select(y => y.Id).ToList();
        // decimal sums are summed here (SQLite cannot sum decimals); a year has a handful of rows
        var payments = (await db.PurchasedServicePayments.AsNoTracking().Where(p => ids.Contains(p.YearId)).Select(p => new { p.YearId, p.Amount }).ToListAsync(cancellationToken))
            .Concat(await db.ServiceSubsidies.AsNoTracking().Where(s => ids.Contains(s.YearId)).Select(s => new { s.YearId, s.Amount }).ToListAsync(cancellationToken))
            .ToLookup(x => x.YearId, x => x.Amount);
        return years.Select(y => new PurchasedServiceYearSummaryDto(y.Id, y.Year, y.Contractor, y.ContractAmount, y.BudgetLimit, payments[y.Id].Sum())).ToList();
    }
}
