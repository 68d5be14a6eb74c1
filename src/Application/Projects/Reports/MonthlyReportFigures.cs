using InvestPromo.Application.Projects.Verification;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports;

/// <summary>The figures a monthly report or its correction carries (yuan).</summary>
public interface IMonthlyFigures
{
    decimal? DomesticOutsideProvince { get; }

    decimal? HongKongMacaoTaiwan { get; }

    decimal? Foreign { get; }

    decimal? Amount { get; }

    string? Note { get; }

    string? ExternalReference { get; }
}

/// <summary>
/// The figures a report or a correction carries, and the checks both make before the domain takes them: the request's own
/// mistakes are 400s with stable codes (a negative amount, a month not yet ended in China time, a month before the approval's,
/// money in a source class the investor does not belong to), a state conflict a 409 (the project not active, the month already
/// reported, the caller's external reference already used). Nothing is saved when one fails.
/// </summary>
public static class MonthlyReportFigures
{
    /// <summary>
    /// The shape rules of the figures a report or correction carries: each amount a yuan amount with at most two decimals (a
    /// negative one passes here and gets its own code in <see cref="CheckAmounts"/>); a funds report's classes left out count 0.
    /// </summary>
    public static void FigureRules<T>(AbstractValidator<T> validator)
        where T : IMonthlyFigures
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.DomesticOutsideProvince).Must(BeFen);
        validator.RuleFor(x => x.HongKongMacaoTaiwan).Must(BeFen);
        validator.RuleFor(x => x.Foreign).Must(BeFen);
        validator.RuleFor(x => x.Amount).Must(BeFen);
        validator.RuleFor(x => x.Note).MaximumLength(MonthlyReport.NoteMaxLength).MultiLineText();
        validator.RuleFor(x => x.ExternalReference).MaximumLength(MonthlyReport.ExternalReferenceMaxLength).SingleLineText();
    }

    /// <summary>The funds split a request carries (a class left out is 0).</summary>
    public static FundsSplit SplitOf(IMonthlyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new FundsSplit(figures.DomesticOutsideProvince ?? 0, figures.HongKongMacaoTaiwan ?? 0, figures.Foreign ?? 0);
    }

    /// <summary>
    /// The request's amounts for a report of <paramref name="kind"/>: none negative (400 <c>report.amount-negative</c>), an
    /// investment report's amount given, a funds report's total within the largest amount.
    /// </summary>
    public static void CheckAmounts(MonthlyReportKind kind, IMonthlyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var fields = kind == MonthlyReportKind.FundsInPlace
            ? new (string Field, decimal? Value)[] { ("domesticOutsideProvince", figures.DomesticOutsideProvince), ("hongKongMacaoTaiwan", figures.HongKongMacaoTaiwan), ("foreign", figures.Foreign) }
            : [("amount", figures.Amount)];
        foreach (var (field, value) in fields)
        {
            if (value < 0)
            {
                throw new BadRequestException("report.amount-negative", field, "An amount cannot be negative.");
            }
        }

        if (kind == MonthlyReportKind.FixedAssetInvestment && figures.Amount is null)
        {
            throw RequestValidationException.For("amount", ValidationMessages.Required(FieldDisplayNames.For("Amount")).Current);
        }

        if (kind == MonthlyReportKind.FundsInPlace && !Money.IsValid(SplitOf(figures).Total))
        {
            throw RequestValidationException.For("amount", new Localized("到位资金合计超出金额上限。", "The funds' total is beyond the largest amount.").Current);
        }
    }

    /// <summary>The month has ended (China time) and is not before the month the approval stood in.</summary>
    public static void CheckMonth(TrackedProject project, int year, int month, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!MonthlyReport.MonthHasEnded(year, month, ChinaTime.DateOf(now)))
        {
            throw new BadRequestException("report.month-not-ended", "month", "A month's figure is reported once the month has ended (China time).");
        }

        if (MonthlyReport.IsBeforeApproval(year, month, project.ApprovedOn))
        {
            throw new BadRequestException("report.month-before-approval", "month", "The month is before the month the project's filing was approved.");
        }
    }

    /// <summary>The region rule (<see cref="FundsSplit.Disallowed"/>): money only in the investor's own class.</summary>
    public static void CheckSources(TrackedProject project, RegionOptions region, FundsSplit split)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(region);
        var wrong = split.Disallowed(region.Classify(project.SourceRegionCode));
        if (wrong.Count > 0)
        {
            var field = wrong[0] switch
            {
                FundsSource.DomesticOutsideProvince => "domesticOutsideProvince",
                FundsSource.HongKongMacaoTaiwan => "hongKongMacaoTaiwan",
                _ => "foreign",
            };
            throw new BadRequestException("report.source-class-mismatch", field, "Funds are classed by where the investor comes from.");
        }
    }

    /// <summary>The caller's external reference is new for its monthly reports (409 <c>external-reference.exists</c>).</summary>
    public static async Task CheckExternalReferenceAsync(IApplicationDbContext db, Guid? callerId, string? reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!string.IsNullOrEmpty(reference) && await db.MonthlyReports.AnyAsync(r => r.CallerId == callerId && r.ExternalReference == reference, ct))
        {
            throw ExternalReferenceExists();
        }
    }

    public static DomainRuleException ExternalReferenceExists() =>
        DomainRuleException.Conflict("external-reference.exists", "A record with this external reference was already sent by this caller.");

    public static DomainRuleException DuplicateMonth() =>
        DomainRuleException.Conflict("report.duplicate-month", "This month is already reported for the project; send a correction of its latest revision instead.");

    /// <summary>Who an external reference belongs to: the API key, else the signed-in user.</summary>
    public static Guid? CallerOf(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.ApiKeyId ?? user.UserId;
    }

    /// <summary>Puts the report into the reviewers' queue with a one-line summary.</summary>
    public static Task OpenVerificationAsync(IApplicationDbContext db, IWorkingCalendarSource calendars, TrackedProject project, MonthlyReport report, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        return db.OpenVerificationAsync(calendars, project, SubjectOf(report.Kind), report.Id, Summary(report), now, ct);
    }

    public static VerificationSubject SubjectOf(MonthlyReportKind kind) =>
        kind == MonthlyReportKind.FundsInPlace ? VerificationSubject.FundsReport : VerificationSubject.InvestmentReport;

    /// <summary>"实际到位资金 2026年5月（第2版）：1,234.56元" — what the queue shows.</summary>
    public static string Summary(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var what = report.Kind == MonthlyReportKind.FundsInPlace ? "实际到位资金" : "实际完成固定资产投资";
        var revision = report.Revision > 1 ? $"（第{report.Revision}版）" : string.Empty;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what} {report.Year}年{report.Month}月{revision}：{report.Amount:#,0.00}元");
    }

    private static bool BeFen(decimal? value) => value is null or < 0 || Money.IsValid(value.Value);
}

/// <summary>Loading a report for a change: through its visible project (another unit's is a 404), at the version read (else 409).</summary>
public static class MonthlyReportLoading
{
    public static async Task<(TrackedProject Project, MonthlyReport Report)> LoadReportForChangeAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid projectId, Guid reportId, int version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.TrackedProjects.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException(nameof(TrackedProject), projectId);
        var report = await db.MonthlyReports.FirstOrDefaultAsync(r => r.Id == reportId && r.ProjectId == projectId, ct)
            ?? throw new NotFoundException(nameof(MonthlyReport), reportId);
        db.ExpectVersion(report, version);
        return (project, report);
    }
}
