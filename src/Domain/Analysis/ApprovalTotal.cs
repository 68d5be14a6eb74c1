using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Analysis;

/// <summary>What an <see cref="ApprovalTotal"/> row totals by.</summary>
public enum ApprovalDimension
{
    IndustryChain = 1,
    SourceRegion = 2,
    ScaleBand = 3,
    Stage = 4,
    Unit = 5,

    /// <summary>The approval date alone (the key is empty): the analysis' periods are built from these rows.</summary>
    Day = 6,

    /// <summary>
    /// <see cref="SourceRegion"/> by calendar month (the row's day is the month's first): there are thousands of region codes,
    /// so the daily rows are nearly one per approval; a range's whole months are read from these, its partial months from the
    /// daily rows (issue 16: the all-time grouping read 300,000 rows).
    /// </summary>
    RegionByMonth = 7,
}

/// <summary>
/// The analysis' running totals (DOMAIN.md §4): for one dimension, one key of it and one China approval date, how many counted
/// filings there are and their planned amounts in fen. Counted means <see cref="Counts"/>: approved, or approved and under
/// re-review. Kept in step in the same transaction as every change that moves a filing in or out of the counted set, so the
/// analysis sums a few thousand rows instead of grouping every approved filing. Derived data: never audited, and rebuilt
/// from the filings at will.
/// </summary>
public sealed class ApprovalTotal
{
    /// <summary>The day of a counted filing without an approval date (none in practice): analysed as "not given".</summary>
    public static readonly DateOnly NoDay = DateOnly.MinValue;

    /// <summary>The key of a dimension value that is not given.</summary>
    public const string NoKey = "none";

    public const int KeyMaxLength = 64;

    private ApprovalTotal()
    {
        Key = string.Empty;
    }

    public ApprovalTotal(ApprovalDimension dimension, string key, DateOnly day, int count, long totalFen, long fixedAssetFen)
    {
        Dimension = dimension;
        Key = key;
        Day = day;
        Count = count;
        TotalFen = totalFen;
        FixedAssetFen = fixedAssetFen;
    }

    public ApprovalDimension Dimension { get; private set; }

    public string Key { get; private set; }

    public DateOnly Day { get; private set; }

    public int Count { get; private set; }

    public long TotalFen { get; private set; }

    public long FixedAssetFen { get; private set; }

    /// <summary>Whether a filing in this state is counted by the analysis: its approval stands (approved, or under re-review) and it is not deleted.</summary>
    public static bool Counts(FilingStatus status, bool isDeleted) => !isDeleted && status is FilingStatus.Approved or FilingStatus.UnderReReview;

    /// <summary>The statuses <see cref="Counts"/> counts.</summary>
    public static readonly IReadOnlyList<FilingStatus> CountedStatuses = [FilingStatus.Approved, FilingStatus.UnderReReview];

    /// <summary>The day a dimension's row stores for an approval date: the date, or for a month dimension the month's first day (<see cref="NoDay"/> stays).</summary>
    public static DateOnly DayFor(ApprovalDimension dimension, DateOnly approvedOn) =>
        dimension == ApprovalDimension.RegionByMonth && approvedOn != NoDay ? new DateOnly(approvedOn.Year, approvedOn.Month, 1) : approvedOn;

    /// <summary>The key of each dimension for a filing's values, as stored.</summary>
    public static IEnumerable<(ApprovalDimension Dimension, string Key)> KeysOf(Guid unitId, Guid? industryChainId, string? sourceRegionCode, ScaleBand? scaleBand, ProjectStage? stage)
    {
        yield return (ApprovalDimension.IndustryChain, industryChainId?.ToString("D") ?? NoKey);
        yield return (ApprovalDimension.SourceRegion, sourceRegionCode ?? NoKey);
        yield return (ApprovalDimension.RegionByMonth, sourceRegionCode ?? NoKey);
        yield return (ApprovalDimension.ScaleBand, scaleBand?.ToString() ?? NoKey);
        yield return (ApprovalDimension.Stage, stage?.ToString() ?? NoKey);
        yield return (ApprovalDimension.Unit, unitId.ToString("D"));
        yield return (ApprovalDimension.Day, string.Empty);
    }
}
