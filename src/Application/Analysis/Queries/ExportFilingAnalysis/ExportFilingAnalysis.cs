using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Analysis.Queries.ExportFilingAnalysis;

/// <summary>The same analysis as <see cref="AnalyzeFilingsQuery"/>, as an .xlsx sheet: one row per group and a total row, amounts in 万元.</summary>
public sealed record ExportFilingAnalysisQuery(AnalysisGroupBy GroupBy, AnalysisPeriod? Period = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<SpreadsheetFile>;

public sealed class ExportFilingAnalysisValidator : AbstractValidator<ExportFilingAnalysisQuery>
{
    public ExportFilingAnalysisValidator()
    {
        RuleFor(x => x.GroupBy).IsDefinedValue();
        RuleFor(x => x.Period).IsDefinedValue();
        RuleFor(x => x.From).InDateRange();
        RuleFor(x => x.To).InDateRange();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ExportFilingAnalysisHandler(IApplicationDbContext db, RegionOptions region, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportFilingAnalysisQuery, SpreadsheetFile>
{
    public static readonly Localized SheetName = new("项目分析", "Analysis");

    public async ValueTask<SpreadsheetFile> Handle(ExportFilingAnalysisQuery query, CancellationToken cancellationToken)
    {
        var analysis = await FilingAnalysis.RunAsync(db, region, new AnalyzeFilingsQuery(query.GroupBy, query.Period, query.From, query.To), cancellationToken);
        var byRegion = query.GroupBy == AnalysisGroupBy.SourceRegion;
        var headers = new List<Localized> { new("分组", "Group"), new("编码", "Key") };
        if (byRegion)
        {
            headers.Add(new("来源类型", "Source kind"));
        }

        headers.AddRange([new("项目数", "Projects"), FilingSheets.PlannedTotalHeader, FilingSheets.PlannedFixedAssetHeader]);

        var rows = analysis.Groups.Select(g => Row(g.Label, g.Key, byRegion ? KindLabel(g.Key) : null, byRegion, g.Count, g.PlannedTotalInvestment, g.PlannedFixedAssetInvestment))
            .Append(Row(new Localized("合计", "Total").Current, null, null, byRegion, analysis.Count, analysis.PlannedTotalInvestment, analysis.PlannedFixedAssetInvestment));
        var sheet = SpreadsheetRows.Sheet(SheetName.Current, headers, FilingSheets.AsRows(rows));
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        var describe = FilingAnalysis.Describe(analysis.GroupBy, analysis.Period);
        var name = new Localized($"{SheetName.Zh}_{describe.Zh}", $"{SheetName.En} {describe.En}");
        return new SpreadsheetFile(FilingSheets.FileName(name, clock.GetUtcNow()), content);
    }

    /// <summary>
    /// What a source region (rolled up) is: a mainland province, 港澳台 (outside the mainland, not domestic) or a country abroad;
    /// null for "not given".
    /// </summary>
    public static string? KindLabel(string? regionCode) =>
        SourceRegionCodes.IsCountry(regionCode) ? new Localized("境外(国家/地区)", "Foreign (country)").Current
        : SourceRegionCodes.IsOutsideMainland(regionCode) ? new Localized("港澳台", "Hong Kong, Macao, Taiwan").Current
        : SourceRegionCodes.IsDivision(regionCode) ? new Localized("境内(省份)", "Mainland (province)").Current
        : null;

    private static IReadOnlyList<object?> Row(string label, string? key, string? kind, bool region, int count, decimal total, decimal fixedAssets) =>
        region
            ? [label, key, kind, count, FilingSheets.TenThousands(total), FilingSheets.TenThousands(fixedAssets)]
            : [label, key, count, FilingSheets.TenThousands(total), FilingSheets.TenThousands(fixedAssets)];
}
