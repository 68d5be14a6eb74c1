using InvestPromo.Application.Analysis.Queries.ExportFilingAnalysis;
using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.ReserveList.Queries.ExportReserveList;

/// <summary>
/// The whole reserve list as an .xlsx sheet (not a page, no per-region cap): one row per project, grouped by source region
/// (largest region first, a city under its province), streamed into the workbook region by region; amounts in 万元.
/// </summary>
public sealed record ExportReserveListQuery : IQuery<SpreadsheetFile>;

public sealed class ExportReserveListHandler(IApplicationDbContext db, ReserveListOptions options, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportReserveListQuery, SpreadsheetFile>
{
    public static readonly Localized Name = new("储备项目", "Reserve list");

    public async ValueTask<SpreadsheetFile> Handle(ExportReserveListQuery query, CancellationToken cancellationToken)
    {
        Localized[] headers =
        [
            new("投资来源区域", "Source region"), new("来源类型", "Source kind"), new("项目名称", "Project name"), new("投资方名称", "Investor"),
            new("产业链", "Industry chain"), new("项目阶段", "Stage"), FilingSheets.PlannedTotalHeader,
            FilingSheets.PlannedFixedAssetHeader, new("填报单位", "Filing unit"), new("备案日期", "Approved on"),
            new("复核中", "Under re-review"),
        ];
        IReadOnlyList<object?> Row(ReserveRegionDto region, ReserveProjectDto p) =>
        [
            region.Label, ExportFilingAnalysisHandler.KindLabel(region.Code), p.ProjectName, p.InvestorName, p.IndustryChainName,
            p.Stage is { } stage ? FilingSheets.Label(stage) : null,
            FilingSheets.TenThousands(p.PlannedTotalInvestment), FilingSheets.TenThousands(p.PlannedFixedAssetInvestment), p.UnitName,
            p.ApprovedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.UnderReReview ? new Localized("是", "Yes").Current : null,
        ];
        var rows = ReserveLists.StreamAsync(db, options.ToRule(), cancellationToken).Select(item => Row(item.Region, item.Project));
        var sheet = SpreadsheetRows.Sheet(Name.Current, headers, rows);
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(Name, clock.GetUtcNow()), content);
    }
}
