using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.People.Natives.Queries.ExportNatives;

/// <summary>The directory with the list's filters as an .xlsx file in the import template's columns (contacts only for center staff).</summary>
public sealed record ExportNativesQuery(string? Search = null, Guid? IndustryChainId = null, string? CityRegionCode = null, string? Tag = null, bool? IsListed = null)
    : IQuery<SpreadsheetFile>
{
    public NativeFilter Filter => new(Search, IndustryChainId, CityRegionCode, Tag, IsListed);
}

public sealed class ExportNativesValidator : AbstractValidator<ExportNativesQuery>
{
    public ExportNativesValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.CityRegionCode).RegionCode();
        RuleFor(x => x.Tag).MaximumLength(Domain.People.NotableNative.TagMaxLength);
    }
}

public sealed class ExportNativesHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportNativesQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(ExportNativesQuery query, CancellationToken cancellationToken)
    {
        var contacts = PeopleContacts.MaySee(user);
        var natives = await NativeQueries.ListAsync(db.NotableNatives.AsNoTracking().Filter(query.Filter).Ordered(), db, user, FilingSheets.MaxExportRows, cancellationToken);
        var columns = contacts ? NativeSheets.Columns : NativeSheets.Columns.Take(NativeSheets.Columns.Count - NativeSheets.ContactColumns);
        var name = NativeSheets.DataSheetName;
        var sheet = SpreadsheetRows.Sheet(name.Current, columns.Select(c => c.Header.Current), FilingSheets.AsRows(natives.Select(n => NativeSheets.Row(n, contacts))));
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(name, clock.GetUtcNow()), content);
    }
}
