using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly.Queries.ExportQuarterlyReport;

/// <summary>
/// A quarter's report (latest revision unless given) as an .xlsx file: the units ranked with every metric's target, actual and
/// completion ratio and the overdue counts; for center staff also the city's totals and the associations' activity. A filer's file
/// has its own unit's line only.
/// </summary>
public sealed record ExportQuarterlyReportQuery(int Year, int Quarter, int? Revision = null) : IQuery<SpreadsheetFile>;

public sealed class ExportQuarterlyReportValidator : AbstractValidator<ExportQuarterlyReportQuery>
{
    public ExportQuarterlyReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(1);
    }
}

public sealed class ExportQuarterlyReportHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets)
    : IQueryHandler<ExportQuarterlyReportQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(ExportQuarterlyReportQuery query, CancellationToken cancellationToken)
    {
        var report = await QuarterlyReads.FindAsync(db, query.Year, query.Quarter, query.Revision, cancellationToken);
        var dto = await QuarterlyReads.ToDtoAsync(db, user, report, cancellationToken);
        var yes = new Localized("是", "Yes").Current;
        var no = new Localized("否", "No").Current;

        var unitHeaders = new List<string>
        {
            new Localized("排名", "Rank").Current, new Localized("载体单位", "Unit").Current, new Localized("得分", "Score").Current,
            new Localized("滞后", "Lagging").Current,
        };
        foreach (var metric in TargetFigures.Metrics)
        {
            var label = QuarterlyLabels.Of(metric).Current;
            unitHeaders.Add($"{label}{new Localized("·目标", " target").Current}");
            unitHeaders.Add($"{label}{new Localized("·完成", " actual").Current}");
            unitHeaders.Add($"{label}{new Localized("·完成率%", " %").Current}");
        }

        unitHeaders.AddRange([
            new Localized("逾期未审核", "Reviews overdue").Current, new Localized("逾期未回访", "Revisits overdue").Current, new Localized("未解决问题", "Open problems").Current]);
        var unitRows = dto.Units.Select(u =>
        {
            var row = new List<object?> { u.Rank, u.UnitName, u.Score, u.Lagging ? yes : no };
            foreach (var m in u.Metrics)
            {
                row.AddRange([m.Target, m.Actual, m.CompletionRatio]);
            }

            row.AddRange([u.ReviewsOverdue, u.RevisitsOverdue, u.OpenProblems]);
            return (IReadOnlyList<object?>)row;
        }).ToList();
        var sheets = new List<SpreadsheetSheet>
        {
            SpreadsheetRows.Sheet(new Localized("单位完成情况", "Units").Current, unitHeaders, FilingSheets.AsRows(unitRows)),
        };

        if (QuarterlyReads.SeesAllUnits(user))
        {
            var cityHeaders = new[] { new Localized("指标", "Metric").Current, new Localized("全市目标", "City target").Current, new Localized("全市完成", "City actual").Current, new Localized("完成率%", "Completion %").Current };
            sheets.Add(SpreadsheetRows.Sheet(new Localized("全市", "City").Current, cityHeaders,
                FilingSheets.AsRows(dto.City.Select(m => (IReadOnlyList<object?>)[QuarterlyLabels.Of(m.Metric).Current, m.Target, m.Actual, m.CompletionRatio]))));
            var associationHeaders = new[]
            {
                new Localized("商协会", "Association").Current, new Localized("确认引荐项目", "Credits confirmed").Current, new Localized("招商活动", "Events").Current,
                new Localized("提交线索", "Leads").Current, new Localized("宣传报道", "Publicity").Current,
            };
            sheets.Add(SpreadsheetRows.Sheet(new Localized("商协会季度工作", "Associations").Current, associationHeaders,
                FilingSheets.AsRows(dto.Associations.Select(a => (IReadOnlyList<object?>)[a.AssociationName, a.CreditsConfirmed, a.Events, a.Leads, a.Publicity]))));
        }

        var content = await spreadsheets.WriteAsync(sheets, cancellationToken);
        var name = new Localized($"季度调度_{report.Year}Q{report.Quarter}_第{report.Revision}版", $"quarterly_{report.Year}Q{report.Quarter}_r{report.Revision}").Current;
        return new SpreadsheetFile($"{name}.xlsx", content);
    }
}
