using System.Globalization;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets;

/// <summary>The targets' import template and import: year, unit (name or code), then the eight figures (amounts in 万元, exact).</summary>
public static class TargetSheets
{
    public const int MaxImportRows = 1_000;

    public static IReadOnlyList<FilingColumn> Columns { get; } =
    [
        new("year", new("年度", "Year"), 8),
        new("unitId", new("载体单位", "Carrier unit"), 100),
        new("signedProjects", new("新签约工业项目（个）", "New signed projects"), 12),
        new("signedOver1Billion", new("其中协议投资10亿元以上（个）", "Of which ≥ 1 billion yuan"), 12),
        new("signedOver5Billion", new("其中协议投资50亿元以上（个）", "Of which ≥ 5 billion yuan"), 12),
        new("startedProjects", new("新开工工业项目（个）", "New started projects"), 12),
        new("completedProjects", new("新竣工工业项目（个）", "New completed projects"), 12),
        new("fixedAssetInvestment", new("规模工业固定资产投资（万元）", "Fixed-asset investment (10k yuan)"), 30),
        new("fundsDomestic", new("到位资金省外境内（万元）", "Funds in place, other provinces (10k yuan)"), 30),
        new("fundsForeign", new("到位资金境外（万元）", "Funds in place, abroad (10k yuan)"), 30),
    ];

    public static SpreadsheetReadLimits ReadLimits { get; } = new(MaxImportRows, Columns.Count + 1, Columns.Max(c => c.MaxLength));

    public static readonly Localized DataSheetName = new("单位目标任务", "Unit targets");

    public static int Index(string field)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Field == field)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a template column.");
    }

    /// <summary>A unit's row: year, name, counts, amounts in 万元.</summary>
    public static IReadOnlyList<object?> Row(int year, string unitName, TargetFigures f) =>
    [
        year, unitName, f.SignedProjects, f.SignedOver1Billion, f.SignedOver5Billion, f.StartedProjects, f.CompletedProjects,
        Wan(f.FixedAssetInvestment), Wan(f.FundsDomestic), Wan(f.FundsForeign),
    ];

    public static string Wan(decimal yuan) => (yuan / Money.TenThousand).ToString("0.######", CultureInfo.InvariantCulture);
}
