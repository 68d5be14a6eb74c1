using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly.Queries.ListQuarterlyReports;

/// <summary>The quarterly reports (every revision), newest quarter and revision first; a year narrows them.</summary>
public sealed record ListQuarterlyReportsQuery(int? Year = null) : IQuery<IReadOnlyList<QuarterlyReportSummaryDto>>;

public sealed class ListQuarterlyReportsValidator : AbstractValidator<ListQuarterlyReportsQuery>
{
    public ListQuarterlyReportsValidator() => RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
}

public sealed class ListQuarterlyReportsHandler(IApplicationDbContext db) : IQueryHandler<ListQuarterlyReportsQuery, IReadOnlyList<QuarterlyReportSummaryDto>>
{
    public async ValueTask<IReadOnlyList<QuarterlyReportSummaryDto>> Handle(ListQuarterlyReportsQuery query, CancellationToken cancellationToken)
    {
        var reports = db.QuarterlyReports.AsNoTracking();
        if (query.Year is { } year)
        {
            reports = reports.Where(r => r.Year == year);
        }

        return await reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ThenByDescending(r => r.Revision).Take(400)
            .Select(r => new QuarterlyReportSummaryDto(
                r.Id, r.Year, r.Quarter, r.Revision, r.PeriodEnd, r.TimeRatio, r.Trigger, r.GeneratedAt, r.GeneratedByName, r.UnitCount, r.LaggingUnitCount))
            .ToListAsync(cancellationToken);
    }
}
