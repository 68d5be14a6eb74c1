using InvestPromo.Application.ReferenceData;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Filings.Queries.ReviewQueue;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.ExportReviewQueue;

/// <summary>The review queue with the same filters and sorting as <see cref="ReviewQueueQuery"/>, every matching row, as an .xlsx file.</summary>
public sealed record ExportReviewQueueQuery(
    ReviewQueueSort Sort = ReviewQueueSort.Deadline,
    SortDirection Direction = SortDirection.Asc) : IQuery<SpreadsheetFile>, IFilteredFilingQuery
{
    public FilingFilter Filter { get; init; } = new();
}

public sealed class ExportReviewQueueValidator : AbstractValidator<ExportReviewQueueQuery>
{
    public ExportReviewQueueValidator()
    {
        this.AddFilterRules();
        RuleFor(x => x.Sort).IsDefinedValue();
        RuleFor(x => x.Direction).IsDefinedValue();
    }
}

public sealed class ExportReviewQueueHandler(IApplicationDbContext db, RegionOptions region, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportReviewQueueQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(ExportReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var filings = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview).Filter(query.Filter, region)
            .OrderForQueue(query.Sort, query.Direction);
        return await FilingExport.WriteAsync(
            filings, user, new Localized("审核队列", "Review queue"), db, spreadsheets, clock.GetUtcNow(), cancellationToken);
    }
}
