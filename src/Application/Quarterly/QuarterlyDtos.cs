using System.Text.Json;
using System.Text.Json.Serialization;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly;

/// <summary>One metric of a unit (or the city): the year's target, the year-to-date actual, the completion ratio (%) and whether it lags.</summary>
public sealed record QuarterlyMetricDto(TargetMetric Metric, decimal Target, decimal Actual, decimal? CompletionRatio, bool Lagging);

/// <summary>
/// A unit's line of a quarterly report: its rank (competition ranking by score; null without targets), its score, whether it lags
/// (any metric lagging) and which metrics, the metrics, and at the time of the run its reviews overdue, revisits overdue and open problems.
/// </summary>
public sealed record QuarterlyUnitRowDto(
    Guid UnitId,
    string UnitCode,
    string UnitName,
    int? Rank,
    decimal? Score,
    bool Lagging,
    IReadOnlyList<TargetMetric> LaggingMetrics,
    IReadOnlyList<QuarterlyMetricDto> Metrics,
    int ReviewsOverdue,
    int RevisitsOverdue,
    int OpenProblems);

/// <summary>An association's activity in the quarter: credits confirmed, events it took part in, leads it submitted, publicity items.</summary>
public sealed record AssociationActivityDto(Guid AssociationId, string AssociationName, int CreditsConfirmed, int Events, int Leads, int Publicity);

/// <summary>What a report stores (its snapshot): the units ranked, the city's totals, the associations' activity, the weights used.</summary>
public sealed record QuarterlyReportContent(
    IReadOnlyList<QuarterlyUnitRowDto> Units,
    IReadOnlyList<QuarterlyMetricDto> City,
    IReadOnlyList<AssociationActivityDto> Associations,
    IReadOnlyDictionary<TargetMetric, int> Weights)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static QuarterlyReportContent Deserialize(string json) =>
        JsonSerializer.Deserialize<QuarterlyReportContent>(json, Json) ?? throw new InvalidOperationException("A quarterly report's content is empty.");
}

/// <summary>A report in a list: which quarter and revision, when and by whom it was run, how many units and how many lag.</summary>
public sealed record QuarterlyReportSummaryDto(
    Guid Id, int Year, int Quarter, int Revision, DateOnly PeriodEnd, decimal TimeRatio, QuarterlyReportTrigger Trigger, DateTimeOffset GeneratedAt,
    string GeneratedByName, int UnitCount, int LaggingUnitCount);

/// <summary>
/// A quarterly report: its summary, the revisions of the quarter, the units (a filer: its own unit's line only), the city's
/// totals and the associations' activity (center staff only).
/// </summary>
public sealed record QuarterlyReportDto(
    QuarterlyReportSummaryDto Summary,
    IReadOnlyList<int> Revisions,
    decimal TolerancePoints,
    IReadOnlyDictionary<TargetMetric, int> Weights,
    IReadOnlyList<QuarterlyUnitRowDto> Units,
    IReadOnlyList<QuarterlyMetricDto> City,
    IReadOnlyList<AssociationActivityDto> Associations);

public static class QuarterlyMapping
{
    public static QuarterlyReportSummaryDto ToSummary(this QuarterlyReport r) => new(
        r.Id, r.Year, r.Quarter, r.Revision, r.PeriodEnd, r.TimeRatio, r.Trigger, r.GeneratedAt, r.GeneratedByName, r.UnitCount, r.LaggingUnitCount);

    public static QuarterlyMetricDto ToDto(this MetricResult m) => new(m.Metric, m.Target, m.Actual, m.CompletionRatio, m.Lagging);
}
