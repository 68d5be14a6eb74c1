using System.Globalization;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Verification;

namespace InvestPromo.Application.Projects.Queries.ExportVerificationQueue;

/// <summary>The verification queue with the same filters and order as the queue, every matching row (not a page), as an .xlsx file.</summary>
public sealed record ExportVerificationQueueQuery : IQuery<SpreadsheetFile>
{
    public VerificationQueueFilter Filter { get; init; } = new();
}

public sealed class ExportVerificationQueueValidator : AbstractValidator<ExportVerificationQueueQuery>
{
    public ExportVerificationQueueValidator() => this.AddVerificationFilterRules(x => x.Filter);
}

public sealed class ExportVerificationQueueHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportVerificationQueueQuery, SpreadsheetFile>
{
    private static readonly Localized[] Headers =
    [
        new("所属单位", "Unit"), new("项目名称", "Project name"), new("核实事项", "Subject"), new("内容", "Summary"),
        new("提交时间", "Submitted at"), new("核实截止日", "Due on"), new("是否逾期", "Overdue"), new("今日到期", "Due today"),
    ];

    public async ValueTask<SpreadsheetFile> Handle(ExportVerificationQueueQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tasks = VerificationQueueRows.Open(db, user, query.Filter, now);
        var count = await tasks.CountAsync(cancellationToken);
        if (count > FilingSheets.MaxExportRows)
        {
            throw new LimitExceededException("export.too-many-rows", $"The export would hold {count} rows; at most {FilingSheets.MaxExportRows} are written. Narrow the filters.");
        }

        var yes = new Localized("是", "Yes").Current;
        var no = new Localized("否", "No").Current;
        var rows = tasks.AsAsyncEnumerable().Select(t => (IReadOnlyList<object?>)
        [
            t.UnitName, t.ProjectName, VerificationQueueRows.Label(t.Subject).Current, t.Summary, FilingSheets.ChinaTime(t.SubmittedAt),
            t.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.IsOverdue ? yes : no, t.IsDueToday ? yes : no,
        ]);
        var sheet = SpreadsheetRows.Sheet(VerificationQueueRows.Name.Current, Headers, rows);
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(VerificationQueueRows.Name, now), content);
    }
}
