using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Quarterly;

/// <summary>What started a quarterly report.</summary>
public enum QuarterlyReportTrigger
{
    /// <summary>The recurring job at the quarter's turn (or the seeding).</summary>
    Job = 1,

    /// <summary>An admin ran it again (a new revision).</summary>
    Admin = 2,
}

/// <summary>
/// The quarterly scheduling's report (季调度) of a quarter, as it stood when it was run: an immutable snapshot (its content is JSON,
/// written once). The job's run for a quarter already reported does nothing; an admin's run again makes revision n + 1. Unique by
/// (year, quarter, revision), so two runs at once store one report.
/// </summary>
public sealed class QuarterlyReport : Entity
{
    private QuarterlyReport()
    {
        Content = "{}";
        GeneratedByName = string.Empty;
    }

    public int Year { get; private set; }

    public int Quarter { get; private set; }

    public int Revision { get; private set; }

    /// <summary>The quarter's last day: actuals are year-to-date up to it.</summary>
    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The time ratio in percent (25/50/75/100).</summary>
    public decimal TimeRatio { get; private set; }

    public decimal TolerancePoints { get; private set; }

    public QuarterlyReportTrigger Trigger { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    public Guid? GeneratedBy { get; private set; }

    public string GeneratedByName { get; private set; }

    public int UnitCount { get; private set; }

    public int LaggingUnitCount { get; private set; }

    /// <summary>The report's units, ratios, ranks, overdue counts and the associations' activity, as JSON.</summary>
    public string Content { get; private set; }

    public static QuarterlyReport Create(
        YearQuarter quarter, int revision, decimal tolerancePoints, QuarterlyReportTrigger trigger, Guid? by, string byName, int unitCount, int laggingUnitCount,
        string content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!YearQuarter.IsValid(quarter.Year, quarter.Quarter))
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Not a quarter the system takes.");
        }

        if (revision < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(revision), revision, "Revisions start at 1.");
        }

        if (!quarter.HasEnded(ChinaTime.DateOf(now)))
        {
            throw DomainRuleException.Conflict("quarterly.quarter-not-ended", "A quarter is reported once it has ended (China time).");
        }

        return new QuarterlyReport
        {
            Year = quarter.Year,
            Quarter = quarter.Quarter,
            Revision = revision,
            PeriodEnd = quarter.End,
            TimeRatio = quarter.TimeRatio,
            TolerancePoints = tolerancePoints,
            Trigger = trigger,
            GeneratedAt = now,
            GeneratedBy = by,
            GeneratedByName = byName.Length > 100 ? byName[..100] : byName,
            UnitCount = unitCount,
            LaggingUnitCount = laggingUnitCount,
            Content = content,
        };
    }
}
