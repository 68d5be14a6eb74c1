using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Filings;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Reports;
using InvestPromo.Application.Projects.Reports.Commands.CorrectMonthlyReport;
using InvestPromo.Application.Projects.Reports.Commands.RejectMonthlyReport;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Application.Projects.Reports.Commands.VerifyMonthlyReport;
using InvestPromo.Application.Projects.Reports.Queries.GetFundsTotals;
using InvestPromo.Application.Projects.Reports.Queries.GetProjectYearSummary;
using InvestPromo.Application.Projects.Reports.Queries.ListMonthlyReports;
using InvestPromo.Application.Webhooks;
using InvestPromo.Application.Webhooks.Commands.CreateWebhookSubscription;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Monthly reports (funds in place, fixed-asset investment) through ISender: their rules, revisions, queue and sums.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class MonthlyReportTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly DateTimeOffset ApprovedAt = new(2026, 3, 10, 10, 0, 0, China);

    private async Task<Guid> ProjectAsync(string name = "到位资金项目", string region = "440000", Guid? chain = null)
    {
        At(ApprovedAt.AddHours(-1));
        var draft = Draft.Complete(chain ?? Equip, name) with { SourceRegionCode = region, CreditCode = region is "810000" or "SG" ? null : Draft.ValidCreditCode };
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, draft));
        At(ApprovedAt);
        var approved = await ApproveAsync(Reviewer, submitted);
        At(AppFixture.Start);
        return approved.Id;
    }

    private static ReportMonthlyFiguresCommand Funds(Guid project, int month, decimal domestic, decimal hkmt = 0, decimal foreign = 0, string? reference = null) =>
        new(project, MonthlyReportKind.FundsInPlace, 2026, month, domestic, hkmt, foreign, null, "银行到账", reference);

    private static ReportMonthlyFiguresCommand Investment(Guid project, int month, decimal amount) =>
        new(project, MonthlyReportKind.FixedAssetInvestment, 2026, month, null, null, null, amount, null, null);

    private Task<MonthlyReportDto> VerifyAsync(MonthlyReportDto r) => SendAsync(Reviewer, new VerifyMonthlyReportCommand(r.ProjectId, r.Id, r.Version));

    private Task<ProjectYearSummaryDto> SummaryAsync(Caller? caller = null, Guid? unit = null) => SendAsync(caller ?? Leader, new GetProjectYearSummaryQuery(2026, unit));

    [Fact]
    public async Task A_funds_report_is_submitted_with_its_split_and_total_and_waits_in_the_queue()
    {
        var project = await ProjectAsync();
        var report = await SendAsync(Filer, Funds(project, 5, 1_234_567.89m));

        Assert.Equal((MonthlyReportStatus.Submitted, 1, 1_234_567.89m, 1_234_567.89m), (report.Status, report.Revision, report.DomesticOutsideProvince, report.Amount));
        Assert.False(report.Counts);
        var task = await Fixture.DbAsync(db => db.VerificationTasks.SingleAsync(t => t.SubjectId == report.Id));
        Assert.True(task.IsOpen);
        Assert.Equal(VerificationSubject.FundsReport, task.Subject);
        Assert.Equal(0m, (await SummaryAsync()).Funds.Total); // only verified amounts count
    }

    [Fact]
    public async Task Verified_funds_count_in_the_year_summary_by_source_class_and_the_task_closes()
    {
        var other = await ProjectAsync("省外项目");
        var hk = await ProjectAsync("港资项目", "810000");
        var foreign = await ProjectAsync("外资项目", "SG");
        await VerifyAsync(await SendAsync(Filer, Funds(other, 4, 100m)));
        await VerifyAsync(await SendAsync(Filer, Funds(hk, 4, 0, hkmt: 20m)));
        await VerifyAsync(await SendAsync(Filer, Funds(foreign, 6, 0, foreign: 3.5m)));

        var funds = (await SummaryAsync()).Funds;
        Assert.Equal((100m, 20m, 3.5m, 23.5m, 123.5m), (funds.DomesticOutsideProvince, funds.HongKongMacaoTaiwan, funds.Foreign, funds.Overseas, funds.Total));
        Assert.False(await Fixture.DbAsync(db => db.VerificationTasks.AnyAsync(t => t.IsOpen)));
    }

    [Fact]
    public async Task A_correction_of_a_verified_report_leaves_it_counting_until_the_correction_is_verified()
    {
        var project = await ProjectAsync();
        var first = await VerifyAsync(await SendAsync(Filer, Funds(project, 5, 100m)));

        var correction = await SendAsync(Filer, new CorrectMonthlyReportCommand(project, first.Id, first.Version, 150m, 0, 0, null, "更正", null));
        Assert.Equal((2, first.Id, MonthlyReportStatus.Submitted), (correction.Revision, correction.SupersedesId, correction.Status));
        Assert.Equal(100m, (await SummaryAsync()).Funds.Total);

        await VerifyAsync(correction);
        Assert.Equal(150m, (await SummaryAsync()).Funds.Total);
        var all = await SendAsync(Filer, new ListMonthlyReportsQuery(project, MonthlyReportKind.FundsInPlace));
        Assert.Equal([(2, MonthlyReportStatus.Verified), (1, MonthlyReportStatus.Superseded)], all.Select(r => (r.Revision, r.Status)));
    }

    [Fact]
    public async Task A_rejected_correction_leaves_the_verified_figure_and_a_rejected_one_is_corrected_by_the_next_revision()
    {
        var project = await ProjectAsync();
        var first = await VerifyAsync(await SendAsync(Filer, Funds(project, 5, 100m)));
        var second = await SendAsync(Filer, new CorrectMonthlyReportCommand(project, first.Id, first.Version, 999m, 0, 0, null, null, null));
        var rejected = await SendAsync(Reviewer, new RejectMonthlyReportCommand(project, second.Id, second.Version, "无银行回单"));
        Assert.Equal((MonthlyReportStatus.Rejected, "无银行回单"), (rejected.Status, rejected.RejectionReason));
        Assert.Equal(100m, (await SummaryAsync()).Funds.Total);

        // The first revision is no longer the latest: correct the latest.
        var stale = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Filer, new CorrectMonthlyReportCommand(project, first.Id, first.Version, 1m, 0, 0, null, null, null)));
        Assert.Equal("report.not-latest", stale.Code);

        var third = await VerifyAsync(await SendAsync(Filer, new CorrectMonthlyReportCommand(project, rejected.Id, rejected.Version, 120m, 0, 0, null, null, null)));
        Assert.Equal(3, third.Revision);
        Assert.Equal(120m, (await SummaryAsync()).Funds.Total);
        var statuses = (await SendAsync(Reviewer, new ListMonthlyReportsQuery(project, null))).Select(r => r.Status).ToList();
        Assert.Equal([MonthlyReportStatus.Verified, MonthlyReportStatus.Superseded, MonthlyReportStatus.Superseded], statuses);
    }

    [Fact]
    public async Task A_submitted_report_is_not_corrected_before_its_decision_and_a_decided_one_is_not_decided_again()
    {
        var project = await ProjectAsync();
        var first = await SendAsync(Filer, Funds(project, 5, 100m));
        var waiting = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Filer, new CorrectMonthlyReportCommand(project, first.Id, first.Version, 1m, 0, 0, null, null, null)));
        Assert.Equal("report.awaiting-verification", waiting.Code);

        var verified = await VerifyAsync(first);
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new RejectMonthlyReportCommand(project, first.Id, verified.Version, "晚了")));
        Assert.Equal("report.not-submitted", again.Code);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new VerifyMonthlyReportCommand(project, first.Id, first.Version)));
    }

    [Fact]
    public async Task A_second_report_of_the_same_month_is_a_duplicate_but_the_other_kind_is_not()
    {
        var project = await ProjectAsync();
        await SendAsync(Filer, Funds(project, 5, 100m));
        var duplicate = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Filer, Funds(project, 5, 200m)));
        Assert.Equal(("report.duplicate-month", DomainRuleKind.Conflict), (duplicate.Code, duplicate.Kind));
        await SendAsync(Filer, Investment(project, 5, 300m));
        Assert.Equal(2, await Fixture.DbAsync(db => db.MonthlyReports.CountAsync()));
    }

    [Theory]
    [InlineData(11, "report.month-not-ended")] // November 2026 is still going on at the fixture's start (China time)
    [InlineData(12, "report.month-not-ended")]
    [InlineData(2, "report.month-before-approval")] // approved in March
    public async Task A_month_not_ended_or_before_the_approval_is_a_400_and_nothing_is_saved(int month, string code)
    {
        var project = await ProjectAsync();
        var error = await Assert.ThrowsAsync<BadRequestException>(() => SendAsync(Filer, Funds(project, month, 1m)));
        Assert.Equal((code, "month"), (error.Code, error.Field));
        Assert.Equal(0, await Fixture.DbAsync(db => db.MonthlyReports.CountAsync()));
    }

    [Fact]
    public async Task The_month_ends_at_midnight_China_time()
    {
        var project = await ProjectAsync();
        At(new DateTimeOffset(2026, 10, 31, 23, 59, 0, China));
        await Assert.ThrowsAsync<BadRequestException>(() => SendAsync(Filer, Funds(project, 10, 1m)));
        At(new DateTimeOffset(2026, 11, 1, 0, 0, 0, China)); // 2026-10-31 16:00 UTC
        Assert.Equal(10, (await SendAsync(Filer, Funds(project, 10, 1m))).Month);
        Assert.Equal(3, (await SendAsync(Filer, Funds(project, 3, 1m))).Month); // the approval's own month
    }

    [Fact]
    public async Task A_negative_amount_is_a_400_with_its_own_code()
    {
        var project = await ProjectAsync();
        var funds = await Assert.ThrowsAsync<BadRequestException>(() => SendAsync(Filer, Funds(project, 5, -0.01m)));
        Assert.Equal(("report.amount-negative", "domesticOutsideProvince"), (funds.Code, funds.Field));
        var investment = await Assert.ThrowsAsync<BadRequestException>(() => SendAsync(Filer, Investment(project, 5, -1m)));
        Assert.Equal(("report.amount-negative", "amount"), (investment.Code, investment.Field));
        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Filer, Funds(project, 5, 1.001m)));
        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Filer, Investment(project, 5, 0) with { Amount = null }));
        Assert.Equal(0, await Fixture.DbAsync(db => db.MonthlyReports.CountAsync()));
    }

    [Theory]
    [InlineData("440000", 0, 1, 0, "hongKongMacaoTaiwan")] // 省外境内 investor: only 省外境内
    [InlineData("810000", 1, 0, 0, "domesticOutsideProvince")] // 港澳台 investor: only 港澳台
    [InlineData("SG", 0, 1, 0, "hongKongMacaoTaiwan")] // 外国 investor: only 外国
    [InlineData("430700", 1, 0, 0, "domesticOutsideProvince")] // 本市: none of the three
    [InlineData("430100", 0, 0, 1, "foreign")] // 省内市外: none of the three
    public async Task Funds_go_only_in_the_investors_own_source_class(string region, int domestic, int hkmt, int foreign, string field)
    {
        var project = await ProjectAsync(region: region);
        var error = await Assert.ThrowsAsync<BadRequestException>(() => SendAsync(Filer, Funds(project, 5, domestic, hkmt, foreign)));
        Assert.Equal(("report.source-class-mismatch", field), (error.Code, error.Field));
    }

    [Fact]
    public async Task A_home_city_investors_project_reports_zero_funds_and_its_investment()
    {
        var project = await ProjectAsync(region: "430700");
        Assert.Equal(0m, (await SendAsync(Filer, Funds(project, 5, 0))).Amount);
        Assert.Equal(5m, (await SendAsync(Filer, Investment(project, 5, 5m))).Amount);
    }

    [Fact]
    public async Task A_stopped_project_or_one_whose_approval_ended_takes_no_report()
    {
        var project = await ProjectAsync();
        await Fixture.DbAsync(db => db.TrackedProjects.Where(p => p.Id == project).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, TrackedProjectStatus.Stopped)));
        var stopped = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Filer, Funds(project, 5, 1m)));
        Assert.Equal(("project.not-active", DomainRuleKind.Conflict), (stopped.Code, stopped.Kind));
        await Fixture.DbAsync(db => db.TrackedProjects.Where(p => p.Id == project).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, TrackedProjectStatus.ApprovalEnded)));
        Assert.Equal("project.not-active", (await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Filer, Investment(project, 5, 1m)))).Code);
        Assert.Equal(0, await Fixture.DbAsync(db => db.MonthlyReports.CountAsync()));
    }

    [Fact]
    public async Task Another_units_project_and_its_reports_are_not_found()
    {
        var project = await ProjectAsync();
        var report = await SendAsync(Filer, Funds(project, 5, 1m));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, Funds(project, 6, 1m)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new ListMonthlyReportsQuery(project, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Reviewer, new VerifyMonthlyReportCommand(Guid.NewGuid(), report.Id, report.Version)));
    }

    [Fact]
    public async Task An_external_reference_is_unique_per_caller()
    {
        var project = await ProjectAsync();
        var first = await SendAsync(Filer, Funds(project, 5, 1m, reference: "PROV-2026-05-001"));
        Assert.Equal("PROV-2026-05-001", first.ExternalReference);
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Filer, Funds(project, 6, 1m, reference: "PROV-2026-05-001")));
        Assert.Equal("external-reference.exists", again.Code);
    }

    [Fact]
    public async Task The_year_summary_counts_industrial_milestones_in_the_year_with_the_billion_boundaries_included_and_FAI_of_above_size_projects()
    {
        var a = await ProjectAsync("十亿项目");
        var b = await ProjectAsync("五十亿项目");
        var c = await ProjectAsync("去年签约");
        await Fixture.DbAsync(async db =>
        {
            await db.TrackedProjects.Where(p => p.Id == a).ExecuteUpdateAsync(s => s.SetProperty(p => p.SignedOn, D("2026-04-01")).SetProperty(p => p.AgreementFen, 100_000_000_000L).SetProperty(p => p.StartedOn, D("2026-06-01")).SetProperty(p => p.IsAboveDesignatedSize, true));
            await db.TrackedProjects.Where(p => p.Id == b).ExecuteUpdateAsync(s => s.SetProperty(p => p.SignedOn, D("2026-12-31")).SetProperty(p => p.AgreementFen, 500_000_000_000L).SetProperty(p => p.CompletedOn, D("2026-01-01")));
            return await db.TrackedProjects.Where(p => p.Id == c).ExecuteUpdateAsync(s => s.SetProperty(p => p.SignedOn, D("2025-12-31")).SetProperty(p => p.AgreementFen, 99_999_999_999L));
        });
        await VerifyAsync(await SendAsync(Filer, Investment(a, 5, 1_000m)));
        await VerifyAsync(await SendAsync(Filer, Investment(b, 5, 7m))); // not 规模工业
        await SendAsync(Filer, Investment(a, 6, 50m)); // not verified

        var summary = await SummaryAsync();
        Assert.Equal((2, 2, 1, 1, 1), (summary.Signed, summary.SignedAtLeast1Billion, summary.SignedAtLeast5Billion, summary.Started, summary.Completed));
        Assert.Equal(1_000m, summary.AboveDesignatedSizeInvestment);
    }

    [Fact]
    public async Task A_filer_reads_its_own_units_summary_only()
    {
        var project = await ProjectAsync();
        await VerifyAsync(await SendAsync(Filer, Funds(project, 5, 10m)));
        var own = await SummaryAsync(Filer);
        Assert.Equal((Filer.UnitId, 10m), (own.UnitId, own.Funds.Total));
        Assert.Equal(0m, (await SummaryAsync(Filer2)).Funds.Total);
        await Assert.ThrowsAsync<NotFoundException>(() => SummaryAsync(Filer2, Filer.UnitId));
        Assert.Equal(10m, (await SummaryAsync(Leader, Filer.UnitId)).Funds.Total);
        Assert.Equal(0m, (await SummaryAsync(Leader, Filer2.UnitId)).Funds.Total);
    }

    [Fact]
    public async Task Funds_totals_group_verified_current_revisions_by_period_project_and_source_class()
    {
        var p1 = await ProjectAsync("甲");
        var p2 = await ProjectAsync("乙", "810000");
        var may = await VerifyAsync(await SendAsync(Filer, Funds(p1, 5, 100m)));
        await VerifyAsync(await SendAsync(Filer, new CorrectMonthlyReportCommand(p1, may.Id, may.Version, 110m, 0, 0, null, null, null)));
        await VerifyAsync(await SendAsync(Filer, Funds(p1, 7, 5m)));
        await VerifyAsync(await SendAsync(Filer, Funds(p2, 7, 0, hkmt: 40m)));
        await SendAsync(Filer, Funds(p2, 8, 0, hkmt: 1000m)); // not verified

        var byQuarter = await SendAsync(Leader, new GetFundsTotalsQuery(D("2026-01-01"), D("2026-12-31"), FundsGroupBy.Quarter));
        Assert.Equal([("2026-Q2", 110m), ("2026-Q3", 45m)], byQuarter.Groups.Select(g => (g.Key, g.Total)));
        Assert.Equal(155m, byQuarter.Total);

        var byMonth = await SendAsync(Leader, new GetFundsTotalsQuery(D("2026-07-15"), D("2026-07-15"), FundsGroupBy.Month));
        Assert.Equal([("2026-07", 45m, 2)], byMonth.Groups.Select(g => (g.Key, g.Total, g.Reports)));

        var byProject = await SendAsync(Leader, new GetFundsTotalsQuery(D("2026-01-01"), D("2026-12-31"), FundsGroupBy.Project));
        Assert.Equal([("甲", 115m), ("乙", 40m)], byProject.Groups.Select(g => (g.Name, g.Total)));

        var bySource = await SendAsync(Leader, new GetFundsTotalsQuery(D("2026-01-01"), D("2026-12-31"), FundsGroupBy.SourceClass));
        Assert.Equal([115m, 40m, 0m], bySource.Groups.Select(g => g.Total));

        var byUnit = await SendAsync(Leader, new GetFundsTotalsQuery(D("2026-01-01"), D("2026-12-31"), FundsGroupBy.Unit));
        Assert.Equal(155m, byUnit.Groups.Single().Total);
        var byChain = await SendAsync(Leader, new GetFundsTotalsQuery(D("2026-01-01"), D("2026-12-31"), FundsGroupBy.IndustryChain));
        Assert.Equal(Equip.ToString(), byChain.Groups.Single().Key);
    }

    [Fact]
    public async Task Reports_write_webhook_events_and_feed_entries()
    {
        var project = await ProjectAsync();
        await SendAsync(Admin, new CreateWebhookSubscriptionCommand("http://127.0.0.1:9/hook", [WebhookEventTypes.ProjectReportSubmitted, WebhookEventTypes.ProjectReportRejected], "测试"));
        var report = await SendAsync(Filer, Funds(project, 5, 1m));
        await SendAsync(Reviewer, new RejectMonthlyReportCommand(project, report.Id, report.Version, "缺回单"));
        var types = await Fixture.DbAsync(db => db.WebhookEvents.Select(e => e.Type).ToListAsync());
        Assert.Contains("project.report-submitted", types);
        Assert.Contains("project.report-rejected", types);
        var feed = await Fixture.DbAsync(db => db.ChangeFeedEntries.Where(e => e.Resource == "report").CountAsync());
        Assert.Equal(2, feed);
    }
}
