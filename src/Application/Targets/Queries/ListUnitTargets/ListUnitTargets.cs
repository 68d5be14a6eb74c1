using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets.Queries.ListUnitTargets;

/// <summary>Every carrier unit's targets for a year (zeros where none were set) and the city's totals, the sum of its units'.</summary>
public sealed record ListUnitTargetsQuery(int Year) : IQuery<YearTargetsDto>;

public sealed class ListUnitTargetsValidator : AbstractValidator<ListUnitTargetsQuery>
{
    public ListUnitTargetsValidator() => RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
}

public sealed class ListUnitTargetsHandler(IApplicationDbContext db) : IQueryHandler<ListUnitTargetsQuery, YearTargetsDto>
{
    public async ValueTask<YearTargetsDto> Handle(ListUnitTargetsQuery query, CancellationToken cancellationToken) =>
        await TargetReads.YearAsync(db, query.Year, cancellationToken);
}
