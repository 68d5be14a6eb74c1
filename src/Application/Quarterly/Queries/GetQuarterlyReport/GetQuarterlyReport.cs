using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly.Queries.GetQuarterlyReport;

/// <summary>A quarter's report, of a revision or the latest (404 when none): a filer sees its own unit's line only.</summary>
public sealed record GetQuarterlyReportQuery(int Year, int Quarter, int? Revision = null) : IQuery<QuarterlyReportDto>;

public sealed class GetQuarterlyReportValidator : AbstractValidator<GetQuarterlyReportQuery>
{
    public GetQuarterlyReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(1);
    }
}

public sealed class GetQuarterlyReportHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetQuarterlyReportQuery, QuarterlyReportDto>
{
    public async ValueTask<QuarterlyReportDto> Handle(GetQuarterlyReportQuery query, CancellationToken cancellationToken)
    {
        var report = await QuarterlyReads.FindAsync(db, query.Year, query.Quarter, query.Revision, cancellationToken);
        return await QuarterlyReads.ToDtoAsync(db, user, report, cancellationToken);
    }
}
