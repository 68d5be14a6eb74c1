using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.GetImportTemplate;

/// <summary>
/// The published import template: a first sheet with the header row of DOMAIN.md §1's fields, and a second sheet listing
/// the codes and names the cells may hold (categories, stages, industry chains, source regions, associations).
/// </summary>
public sealed record GetImportTemplateQuery : IQuery<SpreadsheetFile>;

public sealed class GetImportTemplateHandler(IApplicationDbContext db, ISpreadsheets spreadsheets)
    : IQueryHandler<GetImportTemplateQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(GetImportTemplateQuery query, CancellationToken cancellationToken)
    {
        var english = Localized.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var chains = await db.IndustryChains.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Code, c.Name, c.NameEn }).ToListAsync(cancellationToken);
        var regions = await db.SourceRegions.AsNoTracking().OrderBy(r => r.SortOrder)
            .Select(r => new { r.Code, r.Name, r.NameEn, r.Kind }).ToListAsync(cancellationToken);
        var associations = await db.Associations.AsNoTracking().OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken);

        var codes = new List<IReadOnlyList<object?>>();
        void Add(Localized kind, string code, string name, string? note = null) => codes.Add([kind.Current, code, name, note]);

        var notes = new Localized("填写要求", "Rules");
        Add(notes, "—", new Localized("每行一个项目,从第2行开始填写;不要修改第1行的列名。导入后每个有效行成为一份草稿,提交前可再修改。", "One project per row from row 2; keep the header row. Each valid row becomes a draft you can still edit before submitting.").Current);
        Add(notes, "—", new Localized("项目名称必填;其余可先空着,提交审核前补全。", "The project name is required; other cells may stay empty until you submit.").Current);
        Add(notes, "—", new Localized(
            "金额以万元为单位填写数字(如 12345.67 即 1.234567 亿元),最多 6 位小数(精确到分),不会四舍五入;计划总投资不能为 0(尚未确定时留空);计划固定资产投资不能超过计划总投资。",
            "Amounts are numbers in 10k yuan (12345.67 is 123,456,700 yuan) with at most 6 decimals (a fen), never rounded; the planned total cannot be 0 (leave it empty while unknown); fixed-asset investment cannot exceed the total.").Current);
        Add(notes, "—", new Localized("统一社会信用代码为18位(境外投资方可不填);投资来源区域填下方的代码。", "The credit code has 18 characters (none for foreign investors); the source region is a code listed below.").Current);
        Add(notes, "—", new Localized($"每个文件最多 {FilingSheets.MaxImportRows} 行。", $"At most {FilingSheets.MaxImportRows} rows per file.").Current);

        var category = new Localized("项目类别", "Category");
        foreach (var value in Enum.GetValues<ProjectCategory>())
        {
            Add(category, FilingSheets.Labels(value).Current, FilingSheets.Labels(value).Current, value.ToString());
        }

        var stage = new Localized("项目阶段", "Stage");
        foreach (var value in Enum.GetValues<ProjectStage>())
        {
            Add(stage, FilingSheets.Labels(value).Current, FilingSheets.Labels(value).Current, value.ToString());
        }

        var chain = new Localized("产业链(填代码或名称)", "Industry chain (code or name)");
        foreach (var c in chains)
        {
            Add(chain, c.Code, english ? c.NameEn ?? c.Name : c.Name);
        }

        var region = new Localized("投资来源区域代码", "Source region code");
        foreach (var r in regions)
        {
            Add(region, r.Code, english ? r.NameEn : r.Name, r.Kind.ToString());
        }

        var association = new Localized("引荐商协会(填全称)", "Introducing association (full name)");
        foreach (var name in associations)
        {
            Add(association, name, name);
        }

        var headers = new[] { new Localized("类型", "Kind"), new Localized("代码", "Code"), new Localized("名称", "Name"), new Localized("备注", "Note") };
        var sheets = new[]
        {
            SpreadsheetRows.Sheet(FilingSheets.DataSheetName.Current, FilingSheets.ImportColumns.Select(c => c.Header.Current), FilingSheets.AsRows([])),
            SpreadsheetRows.Sheet(FilingSheets.CodesSheetName.Current, headers.Select(h => h.Current), FilingSheets.AsRows(codes)),
        };
        var content = await spreadsheets.WriteAsync(sheets, cancellationToken);
        return new SpreadsheetFile($"{new Localized("项目备案导入模板", "filing-import-template").Current}.xlsx", content);
    }
}
