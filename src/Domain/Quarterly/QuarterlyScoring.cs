using InvestPromo.Domain.Common;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Domain.Quarterly;

/// <summary>A calendar quarter of a year (1–4), in China time.</summary>
public readonly record struct YearQuarter(int Year, int Quarter)
{
    public DateOnly Start => new(Year, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>The quarter's last day.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>The first day of the quarter's last month (the last monthly report period it takes).</summary>
    public DateOnly LastMonthStart => Start.AddMonths(2);

    /// <summary>The time ratio (时间进度) at the quarter's end, in percent: 25, 50, 75, 100.</summary>
    public decimal TimeRatio => Quarter * 25m;

    public static bool IsValid(int year, int quarter) => year is >= UnitTarget.MinYear and <= UnitTarget.MaxYear && quarter is >= 1 and <= 4;

    /// <summary>The quarter a China date lies in.</summary>
    public static YearQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The quarter before the one <paramref name="today"/> (China) lies in: the one the 1 Jan/Apr/Jul/Oct job reports.</summary>
    public static YearQuarter JustEnded(DateOnly today)
    {
        var current = Of(today);
        return current.Quarter == 1 ? new(current.Year - 1, 4) : new(current.Year, current.Quarter - 1);
    }

    /// <summary>Whether the quarter has ended by <paramref name="today"/> (China).</summary>
    public bool HasEnded(DateOnly today) => End < today;
}

/// <summary>One metric of a unit in a quarterly report: the year's target, the year-to-date actual, the completion ratio and whether it lags.</summary>
public sealed record MetricResult(TargetMetric Metric, decimal Target, decimal Actual, decimal? CompletionRatio, bool Lagging)
{
    public TargetMetric Metric { get; } = Metric;

    public decimal Target { get; } = Target;

    public decimal Actual { get; } = Actual;

    /// <summary>Percent, two decimals; null when the target is 0 (nothing to complete: not assessed).</summary>
    public decimal? CompletionRatio { get; } = CompletionRatio;

    public bool Lagging { get; } = Lagging;
}

/// <summary>
/// The quarterly scheduling's rules (季调度, DOMAIN.md §8, seed 004 "按完成目标任务比例"): completion ratio = actual ÷ target
/// (percent), time ratio 25/50/75/100 %, a metric lags when its ratio is below the time ratio minus the tolerance (exactly at
/// it does not lag), a unit's score is the weighted completion ratios (each capped), and units are ranked by score with equal
/// scores sharing a rank ("1, 2, 2, 4").
/// </summary>
public sealed class QuarterlyScoring
{
    public QuarterlyScoring(IReadOnlyDictionary<TargetMetric, int> weights, decimal tolerancePoints, decimal ratioCapPercent)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Values.Any(w => w < 0) || weights.Values.Sum() != 100 || weights.Keys.Any(k => !Enum.IsDefined(k)))
        {
            throw DomainRuleException.Invalid("quarterly.weights-invalid", "The metrics' weights must be 0 or more and sum to 100.");
        }

        if (tolerancePoints is < 0 or > 100)
        {
            throw DomainRuleException.Invalid("quarterly.tolerance-invalid", "The tolerance is 0–100 percentage points.");
        }

        if (ratioCapPercent < 100)
        {
            throw DomainRuleException.Invalid("quarterly.cap-invalid", "The score's ratio cap is at least 100 percent.");
        }

        Weights = TargetFigures.Metrics.ToDictionary(m => m, m => weights.GetValueOrDefault(m));
        TolerancePoints = tolerancePoints;
        RatioCapPercent = ratioCapPercent;
    }

    public IReadOnlyDictionary<TargetMetric, int> Weights { get; }

    public decimal TolerancePoints { get; }

    public decimal RatioCapPercent { get; }

    /// <summary>Actual ÷ target in percent, exact (unrounded); null when the target is 0.</summary>
    public static decimal? Ratio(decimal actual, decimal target) => target <= 0 ? null : actual * 100m / target;

    /// <summary>Lagging: the ratio is below the time ratio minus the tolerance (a ratio exactly at that line is not lagging).</summary>
    public bool IsLagging(decimal? ratio, decimal timeRatio) => ratio is { } r && r < timeRatio - TolerancePoints;

    /// <summary>Every metric's result for a unit at a quarter's end.</summary>
    public IReadOnlyList<MetricResult> Results(TargetFigures target, TargetFigures actual, YearQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        return [.. TargetFigures.Metrics.Select(m =>
        {
            var ratio = Ratio(actual.Of(m), target.Of(m));
            return new MetricResult(m, target.Of(m), actual.Of(m), ratio is { } r ? decimal.Round(r, 2) : null, IsLagging(ratio, quarter.TimeRatio));
        })];
    }

    /// <summary>
    /// The unit's score (0–cap, two decimals): Σ weight × min(ratio, cap) ÷ Σ weights of the metrics it has a target for (so a
    /// metric without a target neither helps nor hurts). Null when it has no weighted target at all.
    /// </summary>
    public decimal? Score(TargetFigures target, TargetFigures actual)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        var weighted = 0m;
        var weights = 0;
        foreach (var metric in TargetFigures.Metrics)
        {
            var weight = Weights[metric];
            if (weight == 0 || Ratio(actual.Of(metric), target.Of(metric)) is not { } ratio)
            {
                continue;
            }

            weighted += weight * Math.Min(ratio, RatioCapPercent);
            weights += weight;
        }

        return weights == 0 ? null : decimal.Round(weighted / weights, 2);
    }

    /// <summary>
    /// Competition ranking ("1, 2, 2, 4") by score, highest first; a null score is unranked (null). Returns each score's rank in
    /// the order given.
    /// </summary>
    public static IReadOnlyList<int?> Rank(IReadOnlyList<decimal?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return [.. scores.Select(s => s is { } score ? 1 + scores.Count(o => o is { } other && other > score) : (int?)null)];
    }
}
