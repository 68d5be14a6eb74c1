using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.People.Ambassadors.Queries.ExportAmbassadors;

/// <summary>The ambassador list with the list's filters as an .xlsx file (contacts only for center staff).</summary>
public sealed record ExportAmbassadorsQuery(int? Year = null, string? Search = null, Guid? IndustryChainId = null, string? CityRegionCode = null) : IQuery<SpreadsheetFile>
{
    public AmbassadorFilter Filter => new(Year, Search, IndustryChainId, CityRegionCode);
}

public sealed class ExportAmbassadorsValidator : AbstractValidator<ExportAmbassadorsQuery>
{
    public ExportAmbassadorsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.CityRegionCode).RegionCode();
    }
}

public sealed class ExportAmbassadorsHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportAmbassadorsQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(ExportAmbassadorsQuery query, CancellationToken cancellationToken)
    {
        var contacts = PeopleContacts.MaySee(user);
        var rows = await db.Ambassadors.AsNoTracking().Filter(query.Filter)
            .OrderByDescending(a => a.Year).ThenBy(a => a.CertificateNumber).ThenBy(a => a.Id)
            .Take(FilingSheets.MaxExportRows).ToDtos(db, contacts).ToListAsync(cancellationToken);
        var headers = new List<Localized>
        {
            new("年度", "Year"), new("姓名", "Name"), new("证书编号", "Certificate number"), new("单位", "Organisation"), new("职务", "Title"),
            new("城市", "City"), new("产业链", "Industry chain"), new("商协会", "Association"), new("聘任日期", "Appointed on"), new("备注", "Note"),
        };
        if (contacts)
        {
            headers.AddRange([new("电话", "Phone"), new("电子邮箱", "E-mail")]);
        }

        var data = rows.Select(a =>
        {
            var row = new List<object?>
            {
                a.Year, a.Name, a.CertificateNumber, a.Organisation, a.Title, a.CityName ?? a.CityRegionCode, a.IndustryChainName, a.AssociationName,
                a.AppointedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Note,
            };
            if (contacts)
            {
                row.AddRange([a.Phone, a.Email]);
            }

            return (IReadOnlyList<object?>)row;
        });
        var name = new Localized("招商大使", "Ambassadors");
        var content = await spreadsheets.WriteAsync([SpreadsheetRows.Sheet(name.Current, headers.Select(h => h.Current), FilingSheets.AsRows(data))], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(name, clock.GetUtcNow()), content);
    }
}
