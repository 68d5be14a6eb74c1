namespace InvestPromo.Application.ReserveList.Queries.GetReserveList;

/// <summary>
/// 储备项目, first page: every source region (a city rolled up into its province, a country itself) with its count and planned
/// total, largest first, and its <paramref name="PerRegion"/> largest projects. Computed live from approved (not revoked)
/// filings and the configured rule, so an approval, a revocation or a rule change shows at once.
/// </summary>
public sealed record GetReserveListQuery(int PerRegion = ReserveLists.DefaultPerRegion) : IQuery<ReserveListDto>;

public sealed class GetReserveListValidator : AbstractValidator<GetReserveListQuery>
{
    public GetReserveListValidator() => RuleFor(x => x.PerRegion).InclusiveBetween(1, ReserveLists.MaxPerRegion);
}

public sealed class GetReserveListHandler(IApplicationDbContext db, ReserveListOptions options) : IQueryHandler<GetReserveListQuery, ReserveListDto>
{
    public async ValueTask<ReserveListDto> Handle(GetReserveListQuery query, CancellationToken cancellationToken) =>
        await ReserveLists.FirstPageAsync(db, options.ToRule(), query.PerRegion, cancellationToken);
}
