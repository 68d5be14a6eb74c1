namespace InvestPromo.Application.ReserveList.Queries.GetReserveList;

/// <summary>
/// 储备项目: computed live from approved (not revoked) filings and the configured rule, so it is always current — an approval,
/// a revocation or a rule change shows at once, with nothing to keep in step.
/// </summary>
public sealed record GetReserveListQuery : IQuery<ReserveListDto>;

public sealed class GetReserveListHandler(IApplicationDbContext db, ReserveListOptions options) : IQueryHandler<GetReserveListQuery, ReserveListDto>
{
    public async ValueTask<ReserveListDto> Handle(GetReserveListQuery query, CancellationToken cancellationToken) =>
        await ReserveLists.LoadAsync(db, options.ToRule(), cancellationToken);
}
