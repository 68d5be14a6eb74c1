using InvestPromo.Domain.Common;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.UnitTests;

public sealed class MonthlyReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static MonthlyReport Funds(TrackedProject? project = null, int month = 5, decimal domestic = 100m) =>
        MonthlyReport.ReportFunds(project ?? ProjectFixtures.Project(), 2026, month, new FundsSplit(domestic, 0, 0), "note", null, null, ProjectFixtures.Filer, Now);

    [Fact]
    public void A_funds_report_is_submitted_revision_1_with_its_fen_copies_and_total_and_raises_submitted()
    {
        var report = MonthlyReport.ReportFunds(ProjectFixtures.Project(), 2026, 5, new FundsSplit(1.01m, 2.02m, 3.03m), null, "EXT-1", Guid.Empty, ProjectFixtures.Filer, Now);

        Assert.Equal((MonthlyReportStatus.Submitted, 1, (Guid?)null), (report.Status, report.Revision, report.SupersedesId));
        Assert.Equal((101L, 202L, 303L, 6.06m, 606L), (report.DomesticOutsideProvinceFen, report.HongKongMacaoTaiwanFen, report.ForeignFen, report.Amount, report.AmountFen));
        Assert.Equal(new DateOnly(2026, 5, 1), report.PeriodStart);
        Assert.Equal("EXT-1", report.ExternalReference);
        Assert.False(report.Counts);
        Assert.IsType<MonthlyReportSubmitted>(Assert.Single(report.DomainEvents));
    }

    [Fact]
    public void An_investment_report_carries_its_amount_alone()
    {
        var report = MonthlyReport.ReportInvestment(ProjectFixtures.Project(), 2026, 5, 12.5m, null, null, null, ProjectFixtures.Filer, Now);
        Assert.Equal((0L, 0L, 0L, 1250L), (report.DomesticOutsideProvinceFen, report.HongKongMacaoTaiwanFen, report.ForeignFen, report.AmountFen));
    }

    [Theory]
    [InlineData(2026, 10, "2026-10-31", false)]
    [InlineData(2026, 10, "2026-11-01", true)]
    [InlineData(2026, 12, "2027-01-01", true)]
    [InlineData(2026, 11, "2026-11-30", false)]
    public void A_month_has_ended_from_the_first_day_of_the_next(int year, int month, string today, bool ended) =>
        Assert.Equal(ended, MonthlyReport.MonthHasEnded(year, month, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)] // the approval's own month
    [InlineData(4, false)]
    public void A_month_before_the_approvals_month_is_refused(int month, bool before) =>
        Assert.Equal(before, MonthlyReport.IsBeforeApproval(2026, month, ProjectFixtures.ApprovedOn));

    [Fact]
    public void A_month_not_ended_is_refused_by_the_entity_too()
    {
        var error = Assert.Throws<DomainRuleException>(() => Funds(month: 11));
        Assert.Equal("report.month-not-ended", error.Code);
    }

    [Fact]
    public void A_negative_amount_never_reaches_the_record() =>
        Assert.Throws<DomainRuleException>(() => Funds(domestic: -1m));

    [Fact]
    public void A_stopped_project_or_one_whose_approval_ended_takes_no_report()
    {
        var project = ProjectFixtures.Project();
        project.EndApproval();
        Assert.Equal("project.not-active", Assert.Throws<DomainRuleException>(() => Funds(project)).Code);
    }

    [Theory]
    [InlineData(SourceOrigin.OtherProvince, FundsSource.DomesticOutsideProvince)]
    [InlineData(SourceOrigin.HongKongMacaoTaiwan, FundsSource.HongKongMacaoTaiwan)]
    [InlineData(SourceOrigin.Abroad, FundsSource.Foreign)]
    public void Funds_go_only_in_the_investors_class(SourceOrigin origin, FundsSource allowed)
    {
        Assert.Equal(allowed, FundsSplit.AllowedClass(origin));
        var all = new FundsSplit(1, 1, 1).Disallowed(origin);
        Assert.Equal(2, all.Count);
        Assert.DoesNotContain(allowed, all);
    }

    [Theory]
    [InlineData(SourceOrigin.HomeCity)]
    [InlineData(SourceOrigin.HomeProvince)]
    public void A_home_city_or_province_investor_carries_none_of_the_three_classes(SourceOrigin origin)
    {
        Assert.Null(FundsSplit.AllowedClass(origin));
        Assert.Equal([FundsSource.DomesticOutsideProvince, FundsSource.HongKongMacaoTaiwan, FundsSource.Foreign], new FundsSplit(1, 1, 1).Disallowed(origin));
        Assert.Empty(new FundsSplit(0, 0, 0).Disallowed(origin));
    }

    [Fact]
    public void An_unknown_origin_may_split_freely() => Assert.Empty(new FundsSplit(1, 2, 3).Disallowed(null));

    [Fact]
    public void Verifying_makes_it_count_and_a_decision_is_taken_once()
    {
        var report = Funds();
        report.ClearDomainEvents();
        report.Verify(ProjectFixtures.Reviewer, Now);

        Assert.True(report.Counts);
        Assert.Equal((ProjectFixtures.Reviewer.Id, "reviewer"), (report.DecidedBy, report.DecidedByName));
        Assert.IsType<MonthlyReportVerified>(Assert.Single(report.DomainEvents));
        Assert.Equal("report.not-submitted", Assert.Throws<DomainRuleException>(() => report.Verify(ProjectFixtures.Reviewer, Now)).Code);
        Assert.Equal("report.not-submitted", Assert.Throws<DomainRuleException>(() => report.Reject(ProjectFixtures.Reviewer, Now, "晚了")).Code);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_never_counts()
    {
        var report = Funds();
        Assert.Equal("report.reason-invalid", Assert.Throws<DomainRuleException>(() => report.Reject(ProjectFixtures.Reviewer, Now, " ")).Code);
        report.ClearDomainEvents();
        report.Reject(ProjectFixtures.Reviewer, Now, "缺少回单");
        Assert.Equal((MonthlyReportStatus.Rejected, "缺少回单", false), (report.Status, report.RejectionReason, report.Counts));
        Assert.Equal("缺少回单", Assert.IsType<MonthlyReportRejected>(Assert.Single(report.DomainEvents)).Reason);
    }

    [Fact]
    public void A_correction_is_a_new_revision_and_the_verified_one_keeps_counting_until_the_correction_is_verified()
    {
        var project = ProjectFixtures.Project();
        var first = Funds(project);
        first.Verify(ProjectFixtures.Reviewer, Now);

        var second = first.Correct(project, new FundsSplit(150m, 0, 0), 0, null, null, null, ProjectFixtures.Filer, Now);
        Assert.Equal((2, first.Id, MonthlyReportStatus.Submitted, 150m), (second.Revision, second.SupersedesId, second.Status, second.Amount));
        Assert.Equal((5, MonthlyReportKind.FundsInPlace), (second.Month, second.Kind));
        Assert.True(first.Counts);

        second.Verify(ProjectFixtures.Reviewer, Now);
        first.SupersedeBy(second);
        Assert.Equal(MonthlyReportStatus.Superseded, first.Status);
        Assert.False(first.Counts);
        Assert.True(second.Counts);
    }

    [Fact]
    public void A_submitted_or_superseded_revision_is_not_corrected()
    {
        var project = ProjectFixtures.Project();
        var first = Funds(project);
        Assert.Equal("report.awaiting-verification", Assert.Throws<DomainRuleException>(() => first.Correct(project, default, 0, null, null, null, ProjectFixtures.Filer, Now)).Code);
        first.Reject(ProjectFixtures.Reviewer, Now, "错");
        var second = first.Correct(project, new FundsSplit(1, 0, 0), 0, null, null, null, ProjectFixtures.Filer, Now);
        second.Verify(ProjectFixtures.Reviewer, Now);
        first.SupersedeBy(second);
        Assert.Equal("report.not-latest", Assert.Throws<DomainRuleException>(() => first.Correct(project, default, 0, null, null, null, ProjectFixtures.Filer, Now)).Code);
    }

    [Fact]
    public void Only_a_verified_later_revision_of_the_same_month_supersedes()
    {
        var project = ProjectFixtures.Project();
        var first = Funds(project);
        first.Verify(ProjectFixtures.Reviewer, Now);
        var second = first.Correct(project, new FundsSplit(1, 0, 0), 0, null, null, null, ProjectFixtures.Filer, Now);
        Assert.Throws<InvalidOperationException>(() => first.SupersedeBy(second)); // not verified yet
        Assert.Throws<InvalidOperationException>(() => first.SupersedeBy(Funds(project, month: 6)));
        Assert.Equal(MonthlyReportStatus.Verified, first.Status);
    }
}
