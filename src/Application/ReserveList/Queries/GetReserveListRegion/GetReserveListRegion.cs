using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.ReserveList.Queries.GetReserveListRegion;

/// <summary>
/// 储备项目 of one source region, paged on the server, largest first. <paramref name="Code"/> is the region's code as the first
/// page gives it (a province or a country); a city's code pages its province (430700 → 430000).
/// </summary>
public sealed record GetReserveListRegionQuery(string Code, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<ReserveRegionPageDto>, IPagedQuery;

public sealed class GetReserveListRegionValidator : AbstractValidator<GetReserveListRegionQuery>
{
    public GetReserveListRegionValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Code).NotEmpty().MaximumLength(Filing.RegionCodeMaxLength)
            .Must(ReserveLists.IsRegionCode)
            .WithMessage(_ => new Localized("不是投资来源区域编码（GB/T 2260 行政区划或 ISO 3166-1 国家代码）。", "Not a source region code (GB/T 2260 division or ISO 3166-1 country).").Current);
    }
}

public sealed class GetReserveListRegionHandler(IApplicationDbContext db, ReserveListOptions options)
    : IQueryHandler<GetReserveListRegionQuery, ReserveRegionPageDto>
{
    public async ValueTask<ReserveRegionPageDto> Handle(GetReserveListRegionQuery query, CancellationToken cancellationToken) =>
        await ReserveLists.RegionPageAsync(db, options.ToRule(), query.Code, query.Page, query.PageSize, cancellationToken);
}
