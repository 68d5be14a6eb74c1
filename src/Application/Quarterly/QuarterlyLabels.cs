using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly;

/// <summary>The metrics' names in both languages (sheets).</summary>
public static class QuarterlyLabels
{
    public static Localized Of(TargetMetric metric) => metric switch
    {
        TargetMetric.SignedProjects => new("新签约工业项目（个）", "Signed projects"),
        TargetMetric.SignedOver1Billion => new("其中10亿元以上（个）", "Of which ≥ 1bn yuan"),
        TargetMetric.SignedOver5Billion => new("其中50亿元以上（个）", "Of which ≥ 5bn yuan"),
        TargetMetric.StartedProjects => new("新开工工业项目（个）", "Started projects"),
        TargetMetric.CompletedProjects => new("新竣工工业项目（个）", "Completed projects"),
        TargetMetric.FixedAssetInvestment => new("规模工业固定资产投资（元）", "Fixed-asset investment (yuan)"),
        TargetMetric.FundsDomestic => new("到位资金省外境内（元）", "Funds in place, other provinces (yuan)"),
        TargetMetric.FundsForeign => new("到位资金境外（元）", "Funds in place, abroad (yuan)"),
        _ => new(metric.ToString(), metric.ToString()),
    };
}
