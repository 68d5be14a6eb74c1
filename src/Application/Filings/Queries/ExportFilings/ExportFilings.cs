using InvestPromo.Application.ReferenceData;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.ExportFilings;

/// <summary>The filing list with the same filters as <see cref="ListFilingsQuery"/>, every matching row, as an .xlsx file.</summary>
public sealed record ExportFilingsQuery(
    FilingStatus? Status = null,
    string? Search = null) : IQuery<SpreadsheetFile>, IFilteredFilingQuery
{
    public FilingFilter Filter { get; init; } = new();
}

public sealed class ExportFilingsValidator : AbstractValidator<ExportFilingsQuery>
{
    public ExportFilingsValidator()
    {
        this.AddFilterRules();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ExportFilingsHandler(IApplicationDbContext db, RegionOptions region, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportFilingsQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(ExportFilingsQuery query, CancellationToken cancellationToken)
    {
        var filings = db.Filings.AsNoTracking().VisibleTo(user).Filter(query.Filter, region).Search(query.Status, query.Search)
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id);
        return await FilingExport.WriteAsync(
            filings, user, new Localized("项目备案", "Filings"), db, spreadsheets, clock.GetUtcNow(), cancellationToken);
    }
}
