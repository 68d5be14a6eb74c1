using InvestPromo.Domain.Organisation;

namespace InvestPromo.Application.Units.Queries.GetUnit;

public sealed record GetUnitQuery(Guid Id) : IQuery<UnitDto>;

public sealed class GetUnitHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetUnitQuery, UnitDto>
{
    public async ValueTask<UnitDto> Handle(GetUnitQuery query, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().VisibleTo(user).Where(u => u.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(CarrierUnit), query.Id);
}
