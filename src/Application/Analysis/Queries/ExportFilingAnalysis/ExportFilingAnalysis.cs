using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Analysis.Queries.ExportFilingAnalysis;

/// <summary>The same analysis as <see cref="AnalyzeFilingsQuery"/>, as an .xlsx sheet: one row per group and a total row, amounts in 万元.</summary>
public sealed record ExportFilingAnalysisQuery(AnalysisGroupBy GroupBy, AnalysisPeriod? Period = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<SpreadsheetFile>;

public sealed class ExportFilingAnalysisValidator : AbstractValidator<ExportFilingAnalysisQuery>
{
    public ExportFilingAnalysisValidator()
    {
        RuleFor(x => x.GroupBy).IsInEnum();
        RuleFor(x => x.Period).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ExportFilingAnalysisHandler(IApplicationDbContext db, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportFilingAnalysisQuery, SpreadsheetFile>
{
    public static readonly Localized SheetName = new("项目分析", "Analysis");

    public async ValueTask<SpreadsheetFile> Handle(ExportFilingAnalysisQuery query, CancellationToken cancellationToken)
    {
        var analysis = await FilingAnalysis.RunAsync(db, new AnalyzeFilingsQuery(query.GroupBy, query.Period, query.From, query.To), cancellationToken);
        var region = query.GroupBy == AnalysisGroupBy.SourceRegion;
        var headers = new List<Localized> { new("分组", "Group"), new("编码", "Key") };
        if (region)
        {
            headers.Add(new("来源类型", "Source kind"));
        }

        headers.AddRange([new("项目数", "Projects"), FilingSheets.PlannedTotalHeader, FilingSheets.PlannedFixedAssetHeader]);

        var rows = analysis.Groups.Select(g => Row(g.Label, g.Key, region ? KindLabel(g.RegionKind) : null, region, g.Count, g.PlannedTotalInvestment, g.PlannedFixedAssetInvestment))
            .Append(Row(new Localized("合计", "Total").Current, null, null, region, analysis.Count, analysis.PlannedTotalInvestment, analysis.PlannedFixedAssetInvestment));
        var sheet = SpreadsheetRows.Sheet(SheetName.Current, headers, FilingSheets.AsRows(rows));
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        var describe = FilingAnalysis.Describe(analysis.GroupBy, analysis.Period);
        var name = new Localized($"{SheetName.Zh}_{describe.Zh}", $"{SheetName.En} {describe.En}");
        return new SpreadsheetFile(FilingSheets.FileName(name, clock.GetUtcNow()), content);
    }

    public static string? KindLabel(SourceRegionKind? kind) => kind switch
    {
        SourceRegionKind.Province => new Localized("国内(省份)", "Domestic (province)").Current,
        SourceRegionKind.Country => new Localized("境外(国家/地区)", "Foreign (country)").Current,
        _ => null,
    };

    private static IReadOnlyList<object?> Row(string label, string? key, string? kind, bool region, int count, decimal total, decimal fixedAssets) =>
        region
            ? [label, key, kind, count, FilingSheets.TenThousands(total), FilingSheets.TenThousands(fixedAssets)]
            : [label, key, count, FilingSheets.TenThousands(total), FilingSheets.TenThousands(fixedAssets)];
}
