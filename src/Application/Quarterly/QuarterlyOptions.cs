using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly;

/// <summary>
/// Configuration section "Quarterly" (季调度): the lagging tolerance in percentage points (default 10), the cap on a completion ratio
/// in the score (default 100 %), the metrics' weights in the score (must sum to 100; checked at start-up), and which project
/// categories each metric counts ("Quarterly:Categories:SignedProjects" = ["Industrial"]…; a metric not listed counts industrial
/// projects, as in seed 004).
/// </summary>
public sealed class QuarterlyOptions
{
    public const string Section = "Quarterly";

    public decimal TolerancePoints { get; set; } = 10m;

    public decimal RatioCapPercent { get; set; } = 100m;

    public WeightOptions Weights { get; set; } = new();

    /// <summary>Per metric name, the categories it counts; a metric not listed counts <see cref="ProjectCategory.Industrial"/> only.</summary>
    public Dictionary<string, ProjectCategory[]> Categories { get; set; } = [];

    /// <summary>The categories a metric counts.</summary>
    public IReadOnlyList<ProjectCategory> CategoriesOf(TargetMetric metric) =>
        Categories.FirstOrDefault(c => string.Equals(c.Key, metric.ToString(), StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } listed
            ? listed
            : [ProjectCategory.Industrial];

    /// <summary>The rules; throws (start-up) when the weights do not sum to 100, the tolerance is outside 0–100 or a category key is not a metric.</summary>
    public QuarterlyScoring ToScoring()
    {
        foreach (var key in Categories.Keys)
        {
            if (!Enum.TryParse<TargetMetric>(key, ignoreCase: true, out _))
            {
                throw new InvalidOperationException($"{Section}:Categories:{key} is not a target metric ({string.Join(", ", Enum.GetNames<TargetMetric>())}).");
            }
        }

        try
        {
            return new QuarterlyScoring(Weights.ToDictionary(), TolerancePoints, RatioCapPercent);
        }
        catch (DomainRuleException e)
        {
            throw new InvalidOperationException($"{Section}: {e.Message} (weights now sum to {Weights.ToDictionary().Values.Sum()}).", e);
        }
    }

    /// <summary>The score's weights by metric; defaults sum to 100.</summary>
    public sealed class WeightOptions
    {
        public int SignedProjects { get; set; } = 20;

        public int SignedOver1Billion { get; set; } = 10;

        public int SignedOver5Billion { get; set; } = 5;

        public int StartedProjects { get; set; } = 15;

        public int CompletedProjects { get; set; } = 15;

        public int FixedAssetInvestment { get; set; } = 25;

        public int FundsDomestic { get; set; } = 5;

        public int FundsForeign { get; set; } = 5;

        public IReadOnlyDictionary<TargetMetric, int> ToDictionary() => new Dictionary<TargetMetric, int>
        {
            [TargetMetric.SignedProjects] = SignedProjects,
            [TargetMetric.SignedOver1Billion] = SignedOver1Billion,
            [TargetMetric.SignedOver5Billion] = SignedOver5Billion,
            [TargetMetric.StartedProjects] = StartedProjects,
            [TargetMetric.CompletedProjects] = CompletedProjects,
            [TargetMetric.FixedAssetInvestment] = FixedAssetInvestment,
            [TargetMetric.FundsDomestic] = FundsDomestic,
            [TargetMetric.FundsForeign] = FundsForeign,
        };
    }
}
