using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.Publicity.Queries.ExportPublicityItems;

/// <summary>The publicity list with the same filters, every row the caller may see, as an .xlsx file.</summary>
public sealed record ExportPublicityItemsQuery(PublicityFilter? Filter = null) : IQuery<SpreadsheetFile>;

public sealed class ExportPublicityItemsValidator : AbstractValidator<ExportPublicityItemsQuery>
{
    public ExportPublicityItemsValidator() =>
        RuleFor(x => x.Filter!).SetValidator(new PublicityFilterValidator()).When(x => x.Filter is not null);
}

public sealed class ExportPublicityItemsHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportPublicityItemsQuery, SpreadsheetFile>
{
    private static readonly Localized ListName = new("宣传报道", "Publicity");

    public async ValueTask<SpreadsheetFile> Handle(ExportPublicityItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.PublicityItems.AsNoTracking().VisibleTo(user).Filter(query.Filter ?? new());
        var count = await items.CountAsync(cancellationToken);
        if (count > FilingSheets.MaxExportRows)
        {
            throw new LimitExceededException("export.too-many-rows", $"The export would hold {count} rows; at most {FilingSheets.MaxExportRows} are written. Narrow the filters.");
        }

        Localized[] headers = [new("日期", "Date"), new("媒体", "Medium"), new("标题", "Title"), new("链接", "Link"), new("商协会", "Association")];
        var rows = items.ProjectToDto(db).AsAsyncEnumerable()
            .Select(i => (IReadOnlyList<object?>)[i.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Medium, i.Title, i.Url, i.AssociationName]);
        var sheet = SpreadsheetRows.Sheet(ListName.Current, headers.Select(h => h.Current), rows);
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(ListName, clock.GetUtcNow()), content);
    }
}
