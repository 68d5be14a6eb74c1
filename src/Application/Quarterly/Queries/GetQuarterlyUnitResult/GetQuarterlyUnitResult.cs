using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly.Queries.GetQuarterlyUnitResult;

/// <summary>One unit's line of a quarter's report (latest revision unless given): another unit's line is 404 for a filer.</summary>
public sealed record GetQuarterlyUnitResultQuery(int Year, int Quarter, Guid UnitId, int? Revision = null) : IQuery<QuarterlyUnitRowDto>;

public sealed class GetQuarterlyUnitResultValidator : AbstractValidator<GetQuarterlyUnitResultQuery>
{
    public GetQuarterlyUnitResultValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(1);
    }
}

public sealed class GetQuarterlyUnitResultHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetQuarterlyUnitResultQuery, QuarterlyUnitRowDto>
{
    public async ValueTask<QuarterlyUnitRowDto> Handle(GetQuarterlyUnitResultQuery query, CancellationToken cancellationToken)
    {
        var report = await QuarterlyReads.FindAsync(db, query.Year, query.Quarter, query.Revision, cancellationToken);
        var dto = await QuarterlyReads.ToDtoAsync(db, user, report, cancellationToken);
        return dto.Units.FirstOrDefault(u => u.UnitId == query.UnitId)
            ?? throw new NotFoundException("QuarterlyUnitResult", query.UnitId);
    }
}
