using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.People.Natives.Queries.GetNativeImportTemplate;

/// <summary>The directory's import template: the header row, and a sheet with the rules and the industry chains and associations by name.</summary>
public sealed record GetNativeImportTemplateQuery : IQuery<SpreadsheetFile>;

public sealed class GetNativeImportTemplateHandler(IApplicationDbContext db, ISpreadsheets spreadsheets) : IQueryHandler<GetNativeImportTemplateQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(GetNativeImportTemplateQuery query, CancellationToken cancellationToken)
    {
        var codes = new List<IReadOnlyList<object?>>();
        var rules = new Localized("填写要求", "Rules");
        foreach (var rule in new Localized[]
        {
            new("姓名必填；其他列可空。", "Name is required; every other column may be empty."),
            new("城市代码填行政区划代码，如北京 110000、深圳 440300；国外填国家代码，如 DE。", "City code: a region code such as 110000 (Beijing) or 440300 (Shenzhen); abroad a country code such as DE."),
            new("产业链填名称或代码，所属商协会填名称，见下表。", "Industry chain: its name or code; association: its name (listed below)."),
            new("上市公司填“是”或“否”；标签用“、”或逗号分隔，最多 10 个。", "Listed company: 是 (yes) or 否 (no); tags separated by “、” or commas, at most 10."),
        })
        {
            codes.Add([rules.Current, "—", rule.Current]);
        }

        var chainKind = new Localized("产业链", "Industry chain");
        foreach (var chain in await db.IndustryChains.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken))
        {
            codes.Add([chainKind.Current, chain.Code, chain.Name]);
        }

        var associationKind = new Localized("商协会", "Association");
        foreach (var name in await db.Associations.AsNoTracking().OrderBy(a => a.Name).Select(a => a.Name).Take(5_000).ToListAsync(cancellationToken))
        {
            codes.Add([associationKind.Current, "—", name]);
        }

        var headers = new[] { new Localized("类型", "Kind"), new Localized("代码", "Code"), new Localized("名称", "Name") };
        var sheets = new[]
        {
            new SpreadsheetSheet(NativeSheets.DataSheetName.Current, [.. NativeSheets.Columns.Select(c => c.Header.Current)], FilingSheets.AsRows([])),
            SpreadsheetRows.Sheet(FilingSheets.CodesSheetName.Current, headers.Select(h => h.Current), FilingSheets.AsRows(codes)),
        };
        var content = await spreadsheets.WriteAsync(sheets, cancellationToken);
        return new SpreadsheetFile($"{new Localized("在外知名人士导入模板", "notable-natives-import-template").Current}.xlsx", content);
    }
}
