using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Commands.MarkAboveDesignatedSize;
using InvestPromo.Application.Projects.Milestones.Commands.ConfirmMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.ReportMilestone;
using InvestPromo.Application.Projects.Queries.GetProject;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Application.Projects.Reports.Commands.VerifyMonthlyReport;
using InvestPromo.Application.Quarterly;
using InvestPromo.Application.Quarterly.Commands.RunQuarterlyScheduling;
using InvestPromo.Application.Quarterly.Queries.ExportQuarterlyReport;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyCockpit;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyReport;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyUnitResult;
using InvestPromo.Application.Targets;
using InvestPromo.Application.Targets.Commands.ImportUnitTargets;
using InvestPromo.Application.Targets.Commands.SetUnitTarget;
using InvestPromo.Application.Targets.Queries.ListUnitTargets;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Unit targets and the quarterly scheduling (季调度, issue 15 items 4–6) through ISender. The year 2025 holds no demo data.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class QuarterlyTests(AppFixture fixture) : AppTest(fixture)
{
    private const int Year = 2025;
    private static readonly TargetFiguresDto Targets = new(4, 2, 1, 2, 1, 6_000_000m, 800m, 0m);

    private Guid Wuling => Fixture.UnitId("430702");

    private Guid Dingcheng => Fixture.UnitId("430703");

    private async Task<Guid> ProjectAsync(string name)
    {
        var approved = await ApprovedAtAsync(name, ChinaTime(Year, 2, 10, 10));
        At(AppFixture.Start);
        return approved.Id;
    }

    private async Task MilestoneAsync(Guid project, MilestoneKind kind, string on, decimal? amount = null, bool confirm = true)
    {
        var reported = await SendAsync(Filer, new ReportMilestoneCommand(project, kind, D(on), amount, null, null));
        if (confirm)
        {
            await SendAsync(Reviewer, new ConfirmMilestoneCommand(project, reported.Id, reported.Version));
        }
    }

    private async Task VerifiedAsync(ReportMonthlyFiguresCommand report)
    {
        var r = await SendAsync(Filer, report);
        await SendAsync(Reviewer, new VerifyMonthlyReportCommand(r.ProjectId, r.Id, r.Version));
    }

    private static ReportMonthlyFiguresCommand Investment(Guid project, int month, decimal amount) =>
        new(project, MonthlyReportKind.FixedAssetInvestment, Year, month, null, null, null, amount, null, null);

    private static ReportMonthlyFiguresCommand Funds(Guid project, int month, decimal domestic, decimal hkmt, decimal foreign) =>
        new(project, MonthlyReportKind.FundsInPlace, Year, month, domestic, hkmt, foreign, null, "银行到账", null);

    private Task<QuarterlyReportSummaryDto> RunAsync(int quarter, bool again = false, Caller? caller = null) =>
        SendAsync(caller ?? Caller.System, new RunQuarterlySchedulingCommand(Year, quarter, again));

    private static decimal Actual(QuarterlyUnitRowDto row, TargetMetric metric) => row.Metrics.Single(m => m.Metric == metric).Actual;

    private static QuarterlyMetricDto Metric(QuarterlyUnitRowDto row, TargetMetric metric) => row.Metrics.Single(m => m.Metric == metric);

    [Fact]
    public async Task Actuals_are_year_to_date_from_confirmed_milestones_and_verified_reports_with_ratios_lagging_and_notifications()
    {
        await SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets, null));
        var one = await ProjectAsync("一号工业项目");
        var two = await ProjectAsync("二号工业项目");
        var three = await ProjectAsync("三号工业项目");
        await MilestoneAsync(one, MilestoneKind.Signed, "2025-03-05", 1_200_000_000m);
        await MilestoneAsync(one, MilestoneKind.Started, "2025-05-10");
        await MilestoneAsync(two, MilestoneKind.Signed, "2025-03-20", 6_000_000_000m, confirm: false); // reported only: never counts
        await MilestoneAsync(three, MilestoneKind.Signed, "2025-04-02", 6_000_000_000m);
        var project = await SendAsync(Reviewer, new GetProjectQuery(one));
        await SendAsync(Reviewer, new MarkAboveDesignatedSizeCommand(one, project.Version, D("2025-03-01")));
        await VerifiedAsync(Investment(one, 3, 1_000_000m));
        await VerifiedAsync(Investment(one, 4, 500_000m));
        await VerifiedAsync(Investment(three, 3, 700_000m)); // not 规模工业: not counted
        await SendAsync(Filer, Investment(one, 5, 9_000_000m)); // submitted, not verified: not counted
        await VerifiedAsync(Funds(one, 3, 200m, 0m, 0m));

        await RunAsync(1);
        var q1 = (await SendAsync(Leader, new GetQuarterlyReportQuery(Year, 1))).Units.Single(u => u.UnitId == Wuling);
        Assert.Equal(
            (1m, 1m, 0m, 0m, 0m, 1_000_000m, 200m, 0m),
            (Actual(q1, TargetMetric.SignedProjects), Actual(q1, TargetMetric.SignedOver1Billion), Actual(q1, TargetMetric.SignedOver5Billion),
                Actual(q1, TargetMetric.StartedProjects), Actual(q1, TargetMetric.CompletedProjects), Actual(q1, TargetMetric.FixedAssetInvestment),
                Actual(q1, TargetMetric.FundsDomestic), Actual(q1, TargetMetric.FundsForeign)));
        Assert.Equal((25m, false), (Metric(q1, TargetMetric.SignedProjects).CompletionRatio, Metric(q1, TargetMetric.SignedProjects).Lagging));
        Assert.Equal((16.67m, false), (Metric(q1, TargetMetric.FixedAssetInvestment).CompletionRatio, Metric(q1, TargetMetric.FixedAssetInvestment).Lagging));
        Assert.Equal(
            [TargetMetric.SignedOver5Billion, TargetMetric.StartedProjects, TargetMetric.CompletedProjects], q1.LaggingMetrics);
        Assert.True(q1.Lagging);

        await RunAsync(2);
        var q2 = (await SendAsync(Leader, new GetQuarterlyReportQuery(Year, 2))).Units.Single(u => u.UnitId == Wuling);
        Assert.Equal(
            (2m, 2m, 1m, 1m, 0m, 1_500_000m),
            (Actual(q2, TargetMetric.SignedProjects), Actual(q2, TargetMetric.SignedOver1Billion), Actual(q2, TargetMetric.SignedOver5Billion),
                Actual(q2, TargetMetric.StartedProjects), Actual(q2, TargetMetric.CompletedProjects), Actual(q2, TargetMetric.FixedAssetInvestment)));
        Assert.Equal([TargetMetric.CompletedProjects, TargetMetric.FixedAssetInvestment, TargetMetric.FundsDomestic], q2.LaggingMetrics);
        Assert.Equal(1, q2.Rank); // the only unit with targets; the others are unranked
        Assert.All((await SendAsync(Leader, new GetQuarterlyReportQuery(Year, 2))).Units.Where(u => u.UnitId != Wuling), u => Assert.Null(u.Rank));

        var filer = Filer.UserId!.Value;
        var notes = await Fixture.DbAsync(db => db.Notifications.Where(n => n.RecipientId == filer && (n.Kind == NotificationKind.QuarterlyReportReady || n.Kind == NotificationKind.QuarterlyTargetsLagging)).ToListAsync());
        Assert.Equal(2, notes.Count(n => n.Kind == NotificationKind.QuarterlyReportReady));
        var lagging = notes.Where(n => n.Kind == NotificationKind.QuarterlyTargetsLagging).Select(n => n.ParametersJson).ToList();
        Assert.Equal(2, lagging.Count);
        Assert.Contains(lagging, json => json.Contains("2025-06-30", StringComparison.Ordinal) && json.Contains("fixedAssetInvestment", StringComparison.Ordinal));
        var other = Filer2.UserId!.Value;
        Assert.Equal(0, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == other && n.Kind == NotificationKind.QuarterlyTargetsLagging)));
        Assert.Equal(2, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == other && n.Kind == NotificationKind.QuarterlyReportReady)));
    }

    [Fact]
    public async Task The_job_run_for_a_quarter_already_reported_does_nothing_and_running_again_makes_revision_2()
    {
        await SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets, null));
        var first = await RunAsync(3);
        var second = await RunAsync(3);

        Assert.Equal((first.Id, 1), (second.Id, second.Revision));
        Assert.Equal(1, await Fixture.DbAsync(db => db.QuarterlyReports.CountAsync(r => r.Year == Year && r.Quarter == 3)));
        var filer = Filer.UserId!.Value;
        Assert.Equal(1, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == filer && n.Kind == NotificationKind.QuarterlyReportReady)));

        var again = await RunAsync(3, again: true, caller: Admin);
        Assert.Equal((2, Domain.Quarterly.QuarterlyReportTrigger.Admin), (again.Revision, again.Trigger));
        var latest = await SendAsync(Leader, new GetQuarterlyReportQuery(Year, 3));
        Assert.Equal(2, latest.Summary.Revision);
        Assert.Equal([1, 2], latest.Revisions);
        Assert.Equal(1, (await SendAsync(Leader, new GetQuarterlyReportQuery(Year, 3, 1))).Summary.Revision);
        Assert.Equal(2, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == filer && n.Kind == NotificationKind.QuarterlyReportReady)));
        Assert.Equal(2, (await RunAsync(3)).Revision); // the job still does nothing
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Leader, new GetQuarterlyReportQuery(Year, 4)));
    }

    [Fact]
    public async Task Two_runs_at_once_store_one_report()
    {
        var runs = await Task.WhenAll(RunAsync(4), RunAsync(4));

        Assert.Equal(runs[0].Id, runs[1].Id);
        Assert.Equal(1, await Fixture.DbAsync(db => db.QuarterlyReports.CountAsync(r => r.Year == Year && r.Quarter == 4)));
    }

    [Fact]
    public async Task A_quarter_not_ended_is_409_and_nothing_is_stored()
    {
        var now = ChinaTime(2026, 11, 23, 10).Year;
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin, new RunQuarterlySchedulingCommand(now, 4, true)));
        Assert.Equal("quarterly.quarter-not-ended", ex.Code);
        Assert.False(await Fixture.DbAsync(db => db.QuarterlyReports.AnyAsync(r => r.Year == now && r.Quarter == 4)));
    }

    [Fact]
    public async Task A_filer_sees_its_own_units_line_only_and_another_units_is_404()
    {
        await RunAsync(1);
        var mine = await SendAsync(Filer, new GetQuarterlyReportQuery(Year, 1));
        Assert.Equal([Wuling], mine.Units.Select(u => u.UnitId));
        Assert.Empty(mine.Associations);
        Assert.Empty(mine.City);
        Assert.Equal(Wuling, (await SendAsync(Filer, new GetQuarterlyUnitResultQuery(Year, 1, Wuling))).UnitId);
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, new GetQuarterlyUnitResultQuery(Year, 1, Dingcheng)));
        Assert.Equal(Dingcheng, (await SendAsync(Leader, new GetQuarterlyUnitResultQuery(Year, 1, Dingcheng))).UnitId);
        var all = await SendAsync(Leader, new GetQuarterlyReportQuery(Year, 1));
        Assert.True(all.Units.Count >= 8);
        Assert.NotEmpty(all.Associations);
        var file = await SendAsync(Filer, new ExportQuarterlyReportQuery(Year, 1));
        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Targets_refuse_an_unknown_unit_negatives_and_a_stale_version_and_the_city_total_is_the_sum()
    {
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin, new SetUnitTargetCommand(Year, Guid.NewGuid(), Targets, null)));
        Assert.Contains("unitId", unknown.Errors.Keys);
        var negative = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets with { SignedProjects = -1 }, null)));
        Assert.Contains("figures.signedProjects", negative.Errors.Keys);
        Assert.False(await Fixture.DbAsync(db => db.UnitTargets.AnyAsync(t => t.Year == Year)));

        var created = await SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets, null));
        await SendAsync(Admin, new SetUnitTargetCommand(Year, Dingcheng, Targets with { SignedProjects = 6 }, null));
        var updated = await SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets with { StartedProjects = 3 }, created.Version));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets, created.Version)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Admin, new SetUnitTargetCommand(Year, Wuling, Targets, null)));
        Assert.Equal(3, updated.Figures.StartedProjects);

        var year = await SendAsync(Reviewer, new ListUnitTargetsQuery(Year));
        Assert.Equal((10, 5, 12_000_000m), (year.CityTotal.SignedProjects, year.CityTotal.StartedProjects, year.CityTotal.FixedAssetInvestment));
        Assert.True(await Fixture.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "UnitTarget")));
    }

    private async Task<byte[]> SheetAsync(params IReadOnlyList<object?>[] rows)
    {
        var sheet = new SpreadsheetSheet("单位目标任务", [.. TargetSheets.Columns.Select(c => c.Header.Zh)], FilingSheets.AsRows(rows));
        await using var content = await Fixture.Services.GetRequiredService<ISpreadsheets>().WriteAsync([sheet], CancellationToken.None);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task An_import_with_any_bad_row_changes_nothing_and_lists_every_bad_row()
    {
        var bad = await SheetAsync(
            [Year, "武陵区", 10, 2, 1, 8, 6, "1200.5", "300", "20"],
            [Year, "不存在的区", 10, 2, 1, 8, 6, "1", "1", "1"],
            [Year, "430703", -1, 0, 0, 0, 0, "1", "1", "1"],
            [Year, "鼎城区", 1, 2, 0, 0, 0, "1", "1", "1"]);
        var refused = await SendAsync(Admin, new ImportUnitTargetsCommand("targets.xlsx", bad));

        Assert.Equal((4, 0, 3), (refused.TotalRows, refused.ImportedCount, refused.FailedCount));
        Assert.Equal([3, 4, 5], refused.Errors.Select(e => e.Row));
        Assert.Equal("target-import.unit-not-found", refused.Errors[0].Errors.Single().Code);
        Assert.Equal(("signedProjects", "target-import.number-invalid"), (refused.Errors[1].Errors.Single().Field, refused.Errors[1].Errors.Single().Code));
        Assert.Equal("target.of-which-too-large", refused.Errors[2].Errors.Single().Code);
        Assert.False(await Fixture.DbAsync(db => db.UnitTargets.AnyAsync(t => t.Year == Year)));

        var good = await SheetAsync(
            [Year, "武陵区", 10, 2, 1, 8, 6, "1200.5", "300", "20"],
            [Year, "430703", 5, 1, 0, 4, 3, "100", "0", "0.01"]);
        var imported = await SendAsync(Admin, new ImportUnitTargetsCommand("targets.xlsx", good));
        Assert.Equal((2, 2, 0), (imported.TotalRows, imported.ImportedCount, imported.FailedCount));
        var year = await SendAsync(Admin, new ListUnitTargetsQuery(Year));
        var wuling = year.Units.Single(u => u.UnitId == Wuling).Figures;
        Assert.Equal((10, 12_005_000m, 3_000_000m, 200_000m), (wuling.SignedProjects, wuling.FixedAssetInvestment, wuling.FundsDomestic, wuling.FundsForeign));
        Assert.Equal(15, year.CityTotal.SignedProjects);

        var duplicate = await SendAsync(Admin, new ImportUnitTargetsCommand("targets.xlsx", await SheetAsync(
            [Year, "武陵区", 1, 0, 0, 0, 0, "0", "0", "0"], [Year, "430702", 2, 0, 0, 0, 0, "0", "0", "0"])));
        Assert.Equal("target-import.duplicate-unit", duplicate.Errors.Single().Errors.Single().Code);
        Assert.Equal(10, (await SendAsync(Admin, new ListUnitTargetsQuery(Year))).Units.Single(u => u.UnitId == Wuling).Figures.SignedProjects);
    }

    [Fact]
    public async Task The_cockpit_shows_the_latest_reports_ranking_and_the_years_city_progress()
    {
        await RunAsync(2);
        var cockpit = await SendAsync(Leader, new GetQuarterlyCockpitQuery());
        Assert.NotNull(cockpit.Latest);
        Assert.Equal(ChinaTime(2026, 11, 23).Year, cockpit.Year);
        Assert.Equal(8, cockpit.CityProgress.Count);
        Assert.InRange(cockpit.YearTimeRatio, 80m, 95m);
    }
}
