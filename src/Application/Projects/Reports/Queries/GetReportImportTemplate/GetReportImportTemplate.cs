using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Reports.Import;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Queries.GetReportImportTemplate;

/// <summary>
/// The monthly report import template: a first sheet with the header row, and a second sheet with the rules and the codes the
/// cells may hold (报表类型), and the caller's own projects with their ids (a filer: its unit's active projects), so a unit copies
/// the id of each project it reports on.
/// </summary>
public sealed record GetReportImportTemplateQuery : IQuery<SpreadsheetFile>;

public sealed class GetReportImportTemplateHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets)
    : IQueryHandler<GetReportImportTemplateQuery, SpreadsheetFile>
{
    /// <summary>The most projects the codes sheet lists (an API key sees every unit's; it identifies projects by id anyway).</summary>
    public const int MaxListedProjects = 5_000;

    public async ValueTask<SpreadsheetFile> Handle(GetReportImportTemplateQuery query, CancellationToken cancellationToken)
    {
        var codes = new List<IReadOnlyList<object?>>();
        void Add(Localized kind, string code, string name, string? note = null) => codes.Add([kind.Current, code, name, note]);

        var notes = new Localized("填写要求", "Rules");
        foreach (var rule in ReportImportRules.Notes)
        {
            Add(notes, "—", rule.Current);
        }

        var kind = new Localized("报表类型", "Report type");
        foreach (var value in Enum.GetValues<MonthlyReportKind>())
        {
            Add(kind, ReportImportRules.Labels(value).Current, ReportImportRules.Labels(value).Current, value.ToString());
        }

        var projects = await db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => p.Status == TrackedProjectStatus.Active)
            .OrderBy(p => p.ProjectName).ThenBy(p => p.Id).Take(MaxListedProjects)
            .Select(p => new { p.Id, p.ProjectName }).ToListAsync(cancellationToken);
        var project = new Localized("项目（填项目编号）", "Project (use its id)");
        foreach (var p in projects)
        {
            Add(project, p.Id.ToString(), p.ProjectName);
        }

        var headers = new[] { new Localized("类型", "Kind"), new Localized("代码", "Code"), new Localized("名称", "Name"), new Localized("备注", "Note") };
        var sheets = new[]
        {
            new SpreadsheetSheet(ReportImportSheets.DataSheetName.Current, [.. ReportImportSheets.Columns.Select(c => c.Header.Current)], FilingSheets.AsRows([]))
            {
                AmountColumns = ReportImportSheets.AmountColumns,
            },
            SpreadsheetRows.Sheet(FilingSheets.CodesSheetName.Current, headers.Select(h => h.Current), FilingSheets.AsRows(codes)),
        };
        var content = await spreadsheets.WriteAsync(sheets, cancellationToken);
        return new SpreadsheetFile($"{new Localized("项目月报导入模板", "monthly-report-import-template").Current}.xlsx", content);
    }
}
