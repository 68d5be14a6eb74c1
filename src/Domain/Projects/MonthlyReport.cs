using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.Projects;

/// <summary>What a monthly report states.</summary>
public enum MonthlyReportKind
{
    /// <summary>实际到位资金: split by source class (省外境内 / 港澳台 / 外国).</summary>
    FundsInPlace = 1,

    /// <summary>实际完成固定资产投资: one amount.</summary>
    FixedAssetInvestment = 2,
}

/// <summary>Where a monthly report stands. Only a <see cref="Verified"/> report counts, in the month it is for.</summary>
public enum MonthlyReportStatus
{
    /// <summary>已上报: waiting for a reviewer.</summary>
    Submitted = 1,

    /// <summary>已核实: counts (until a verified correction supersedes it).</summary>
    Verified = 2,

    /// <summary>已退回: refused with a reason; never counts. Corrected by a new revision.</summary>
    Rejected = 3,

    /// <summary>已被更正: a later revision of the same month was verified; kept as history, never counts.</summary>
    Superseded = 4,
}

/// <summary>The amounts a funds report carries, one per source class, in yuan.</summary>
public readonly record struct FundsSplit(decimal DomesticOutsideProvince, decimal HongKongMacaoTaiwan, decimal Foreign)
{
    public decimal Total => DomesticOutsideProvince + HongKongMacaoTaiwan + Foreign;

    /// <summary>
    /// The region rule (DOMAIN.md §1 "Where the money comes from"): funds are classed by where the investor comes from, so a report
    /// carries money only in the investor's own class: 省外境内 for an investor from another mainland province, 港澳台 for one from
    /// Hong Kong, Macao or Taiwan, 外国 for one from abroad. An investor from the home city or elsewhere in the home province (本市 /
    /// 省内市外) brings money none of the three classes counts: its reports carry 0 in each (a zero month). A project whose source
    /// is unknown (no region on the filing) may split freely. Returns the classes that carry money they may not, empty when none.
    /// </summary>
    public IReadOnlyList<FundsSource> Disallowed(SourceOrigin? origin)
    {
        if (origin is null)
        {
            return [];
        }

        var allowed = AllowedClass(origin.Value);
        var wrong = new List<FundsSource>(3);
        if (DomesticOutsideProvince != 0 && allowed != FundsSource.DomesticOutsideProvince)
        {
            wrong.Add(FundsSource.DomesticOutsideProvince);
        }

        if (HongKongMacaoTaiwan != 0 && allowed != FundsSource.HongKongMacaoTaiwan)
        {
            wrong.Add(FundsSource.HongKongMacaoTaiwan);
        }

        if (Foreign != 0 && allowed != FundsSource.Foreign)
        {
            wrong.Add(FundsSource.Foreign);
        }

        return wrong;
    }

    /// <summary>The one class an investor of <paramref name="origin"/> brings money in; null for 本市 and 省内市外 (none of the three).</summary>
    public static FundsSource? AllowedClass(SourceOrigin origin) => origin switch
    {
        SourceOrigin.OtherProvince => FundsSource.DomesticOutsideProvince,
        SourceOrigin.HongKongMacaoTaiwan => FundsSource.HongKongMacaoTaiwan,
        SourceOrigin.Abroad => FundsSource.Foreign,
        _ => null,
    };
}

/// <summary>The source classes funds in place are counted in (港澳台 and 外国 together are 境外).</summary>
public enum FundsSource
{
    /// <summary>省外境内.</summary>
    DomesticOutsideProvince = 1,

    /// <summary>港澳台.</summary>
    HongKongMacaoTaiwan = 2,

    /// <summary>外国.</summary>
    Foreign = 3,
}

/// <summary>
/// One revision of a tracked project's monthly figure (DOMAIN.md §6, §8; issue 13 items 2 and 3): actual funds in place split by
/// source class, or fixed-asset investment completed. Reported by the project's unit (or a read-write API key) for a month that
/// has ended; verified or rejected by a reviewer. Never overwritten: a correction is a new revision (n + 1, Submitted) that
/// supersedes the one before it <b>only when it is verified</b>, so a verified figure keeps counting until its correction is
/// verified, and a rejected correction leaves it counting. One chain of revisions per project, kind and month; at most one
/// revision of a chain is Verified at any time, so the sums read <c>Status = Verified</c> alone.
/// </summary>
public sealed class MonthlyReport : AuditableEntity
{
    public const int NoteMaxLength = 1000;
    public const int ReasonMaxLength = 1000;
    public const int ExternalReferenceMaxLength = 100;
    public const int MinYear = 2000;
    public const int MaxYear = 2099;

    private MonthlyReport()
    {
    }

    public Guid ProjectId { get; private set; }

    /// <summary>The project's unit, copied so a unit's sums read this table alone.</summary>
    public Guid UnitId { get; private set; }

    public MonthlyReportKind Kind { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    /// <summary>The first day of the month the figure is for (what period ranges compare).</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>Funds: 省外境内 in yuan (0 for an investment report).</summary>
    public decimal DomesticOutsideProvince { get; private set; }

    public long DomesticOutsideProvinceFen { get; private set; }

    /// <summary>Funds: 港澳台 in yuan.</summary>
    public decimal HongKongMacaoTaiwan { get; private set; }

    public long HongKongMacaoTaiwanFen { get; private set; }

    /// <summary>Funds: 外国 in yuan.</summary>
    public decimal Foreign { get; private set; }

    public long ForeignFen { get; private set; }

    /// <summary>The figure in yuan: the funds' total (the three classes added), or the investment completed.</summary>
    public decimal Amount { get; private set; }

    public long AmountFen { get; private set; }

    public string? Note { get; private set; }

    public MonthlyReportStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string SubmittedByName { get; private set; } = string.Empty;

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>The reviewer's reason for a rejection.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>1 for the first report of the month, n + 1 for a correction of revision n.</summary>
    public int Revision { get; private set; }

    /// <summary>The revision this one corrects (null for the first).</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>The caller's own reference (an integrator's record id), unique per caller.</summary>
    public string? ExternalReference { get; private set; }

    /// <summary>Who sent <see cref="ExternalReference"/>: the API key's id, else the user's id.</summary>
    public Guid? CallerId { get; private set; }

    /// <summary>True when the month (China time) has ended on <paramref name="today"/>: a figure is only reported for a past month.</summary>
    public static bool MonthHasEnded(int year, int month, DateOnly today) => new DateOnly(year, month, 1).AddMonths(1) <= today;

    /// <summary>True when the month lies before the month the project's approval stood in (nothing to report before it).</summary>
    public static bool IsBeforeApproval(int year, int month, DateOnly approvedOn) => new DateOnly(year, month, 1) < new DateOnly(approvedOn.Year, approvedOn.Month, 1);

    /// <summary>
    /// Reports a month's funds in place (revision 1). The caller has checked the request: amounts valid and in the investor's
    /// class, the month ended and not before the approval's month, no report of this month yet.
    /// </summary>
    public static MonthlyReport ReportFunds(
        TrackedProject project, int year, int month, FundsSplit split, string? note, string? externalReference, Guid? callerId, FilingActor by, DateTimeOffset now) =>
        Create(project, MonthlyReportKind.FundsInPlace, year, month, split, 0, note, externalReference, callerId, by, now, revision: 1, supersedes: null);

    /// <summary>Reports a month's fixed-asset investment completed (revision 1).</summary>
    public static MonthlyReport ReportInvestment(
        TrackedProject project, int year, int month, decimal amount, string? note, string? externalReference, Guid? callerId, FilingActor by, DateTimeOffset now) =>
        Create(project, MonthlyReportKind.FixedAssetInvestment, year, month, default, amount, note, externalReference, callerId, by, now, revision: 1, supersedes: null);

    /// <summary>
    /// A correction of this revision: revision n + 1, Submitted, for the same project, kind and month. Only the latest revision
    /// (the caller checks) once decided (Verified or Rejected) is corrected: a submitted one waits for its decision, a superseded
    /// one has a newer revision. This revision is left as it is: a verified one keeps counting until the correction is verified.
    /// </summary>
    public MonthlyReport Correct(
        TrackedProject project, FundsSplit split, decimal amount, string? note, string? externalReference, Guid? callerId, FilingActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (Status == MonthlyReportStatus.Submitted)
        {
            throw DomainRuleException.Conflict("report.awaiting-verification", "The report is waiting for verification; it can be corrected once verified or rejected.");
        }

        if (Status == MonthlyReportStatus.Superseded)
        {
            throw DomainRuleException.Conflict("report.not-latest", "A later revision of this month's report exists; correct the latest one.");
        }

        return Create(project, Kind, Year, Month, split, amount, note, externalReference, callerId, by, now, Revision + 1, Id);
    }

    /// <summary>A reviewer verifies the figure: it counts from now on (the caller supersedes the earlier revisions).</summary>
    public void Verify(FilingActor by, DateTimeOffset now)
    {
        EnsureSubmitted();
        Status = MonthlyReportStatus.Verified;
        Decide(by, now);
        RejectionReason = null;
        AddDomainEvent(new MonthlyReportVerified(Facts()));
    }

    /// <summary>A reviewer rejects the figure with a reason; it never counts (a verified earlier revision still does).</summary>
    public void Reject(FilingActor by, DateTimeOffset now, string? reason)
    {
        EnsureSubmitted();
        RejectionReason = Guard.MultiLineText(reason, ReasonMaxLength, "report.reason-invalid", "reason");
        Status = MonthlyReportStatus.Rejected;
        Decide(by, now);
        AddDomainEvent(new MonthlyReportRejected(Facts(), RejectionReason));
    }

    /// <summary>
    /// A later revision of the same month was verified: this one stops counting and stays as history. Only a decided earlier
    /// revision is superseded (idempotent for one already superseded).
    /// </summary>
    public void SupersedeBy(MonthlyReport later)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (later.ProjectId != ProjectId || later.Kind != Kind || later.PeriodStart != PeriodStart || later.Revision <= Revision)
        {
            throw new InvalidOperationException("Only a later revision of the same project, kind and month supersedes a report.");
        }

        if (later.Status != MonthlyReportStatus.Verified)
        {
            throw new InvalidOperationException("Only a verified revision supersedes the ones before it.");
        }

        if (Status is MonthlyReportStatus.Verified or MonthlyReportStatus.Rejected)
        {
            Status = MonthlyReportStatus.Superseded;
        }
    }

    /// <summary>Whether this report counts in the sums: verified (and not superseded).</summary>
    public bool Counts => Status == MonthlyReportStatus.Verified;

    /// <summary>What the report's events tell (webhooks): which report of which month, and its figure.</summary>
    public MonthlyReportFacts Facts() => new(Id, ProjectId, UnitId, Kind, Year, Month, Revision, Amount);

    private void EnsureSubmitted()
    {
        if (Status != MonthlyReportStatus.Submitted)
        {
            throw DomainRuleException.Conflict("report.not-submitted", "Only a submitted report can be verified or rejected.");
        }
    }

    private void Decide(FilingActor by, DateTimeOffset now)
    {
        DecidedAt = now;
        DecidedBy = by.Id;
        DecidedByName = by.Name;
    }

    private static MonthlyReport Create(
        TrackedProject project, MonthlyReportKind kind, int year, int month, FundsSplit split, decimal amount, string? note, string? externalReference,
        Guid? callerId, FilingActor by, DateTimeOffset now, int revision, Guid? supersedes)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureActive();
        if (year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"{year}-{month} is not a month the system takes.");
        }

        if (!MonthHasEnded(year, month, ChinaTime.DateOf(now)))
        {
            throw DomainRuleException.Conflict("report.month-not-ended", "A month's figure is reported once the month has ended.");
        }

        var funds = kind == MonthlyReportKind.FundsInPlace;
        var domestic = Money.FromYuan(funds ? split.DomesticOutsideProvince : 0);
        var hkmt = Money.FromYuan(funds ? split.HongKongMacaoTaiwan : 0);
        var foreign = Money.FromYuan(funds ? split.Foreign : 0);
        var total = Money.FromYuan(funds ? split.Total : amount);
        var report = new MonthlyReport
        {
            ProjectId = project.Id,
            UnitId = project.UnitId,
            Kind = kind,
            Year = year,
            Month = month,
            PeriodStart = new DateOnly(year, month, 1),
            DomesticOutsideProvince = domestic.Yuan,
            DomesticOutsideProvinceFen = domestic.Fen,
            HongKongMacaoTaiwan = hkmt.Yuan,
            HongKongMacaoTaiwanFen = hkmt.Fen,
            Foreign = foreign.Yuan,
            ForeignFen = foreign.Fen,
            Amount = total.Yuan,
            AmountFen = total.Fen,
            Note = Guard.OptionalMultiLineText(note, NoteMaxLength, "report.note-invalid", "note"),
            ExternalReference = string.IsNullOrEmpty(externalReference) ? null : Guard.Text(externalReference, ExternalReferenceMaxLength, "external-reference.invalid", "externalReference"),
            CallerId = string.IsNullOrEmpty(externalReference) ? null : callerId,
            Status = MonthlyReportStatus.Submitted,
            SubmittedAt = now,
            SubmittedByName = by.Name,
            Revision = revision,
            SupersedesId = supersedes,
        };
        report.Stamp(by.Id, now);
        report.AddDomainEvent(new MonthlyReportSubmitted(report.Facts()));
        return report;
    }
}

/// <summary>Which report of which month, and its figure (yuan), as its events tell it.</summary>
public sealed record MonthlyReportFacts(Guid ReportId, Guid ProjectId, Guid UnitId, MonthlyReportKind Kind, int Year, int Month, int Revision, decimal Amount);

/// <summary>A monthly report (or a correction) was submitted.</summary>
public sealed record MonthlyReportSubmitted(MonthlyReportFacts Report) : IDomainEvent;

/// <summary>A monthly report was verified: it counts.</summary>
public sealed record MonthlyReportVerified(MonthlyReportFacts Report) : IDomainEvent;

/// <summary>A monthly report was rejected with a reason.</summary>
public sealed record MonthlyReportRejected(MonthlyReportFacts Report, string? Reason) : IDomainEvent;
