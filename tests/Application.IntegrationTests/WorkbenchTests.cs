using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Workbench;
using InvestPromo.Application.Workbench.Queries.GetFilerWorkbench;
using InvestPromo.Application.Workbench.Queries.GetLeaderHeadline;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// The workbenches' counting rules: the filer's counts are its own unit's only, by status, with "this week" from Monday 00:00
/// China time; the leader's headline counts standing approvals of this calendar year and this week (China time), city-wide.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class WorkbenchTests(AppFixture fixture) : AppTest(fixture)
{
    private const decimal Yi = 100_000_000m;

    /// <summary>Sunday 29 November 2026, the last day of the fixture's week (Monday 23 November).</summary>
    private static readonly DateOnly Sunday = new(2026, 11, 29);

    private Task<FilerWorkbenchDto> FilerWorkbenchAsync(Caller filer) => SendAsync(filer, new GetFilerWorkbenchQuery());

    private Task<LeaderHeadlineDto> HeadlineAsync(Caller? caller = null) => SendAsync(caller ?? Leader, new GetLeaderHeadlineQuery());

    /// <summary>Of each status one (two drafts) for <paramref name="filer"/>'s unit, decided now by the reviewer.</summary>
    private async Task ArrangeUnitAsync(Caller filer, string prefix)
    {
        await CreateAsync(filer, prefix + "草稿一");
        await CreateAsync(filer, prefix + "草稿二");
        await ReturnAsync(Reviewer, await SubmitAsync(filer, await CreateAsync(filer, prefix + "退回")), prefix + "请补充投资协议");
        await SubmitAsync(filer, await CreateAsync(filer, prefix + "审核中"));
        await ApproveAsync(Reviewer, await SubmitAsync(filer, await CreateAsync(filer, prefix + "已备案")));
        await WithdrawAsync(filer, await SubmitAsync(filer, await CreateAsync(filer, prefix + "撤回")));
        await RevokeAsync(Reviewer, await ApproveAsync(Reviewer, await SubmitAsync(filer, await CreateAsync(filer, prefix + "撤销"))), "重复备案");
    }

    [Fact]
    public async Task A_filer_counts_its_own_units_drafts_returned_under_review_and_approved_this_week_never_another_units()
    {
        await ArrangeUnitAsync(Filer, "武陵");
        await ArrangeUnitAsync(Filer2, "鼎城");
        await CreateAsync(Filer2, "鼎城草稿三");
        await SubmitAsync(Filer2, await CreateAsync(Filer2, "鼎城审核中二"));

        var own = await FilerWorkbenchAsync(Filer);
        var other = await FilerWorkbenchAsync(Filer2);

        // Withdrawn and revoked filings are in no count; a revoked approval of this week is not "approved this week".
        Assert.Equal((2, 1, 1, 1), (own.Drafts, own.Returned, own.UnderReview, own.ApprovedThisWeek));
        Assert.Equal((3, 1, 2, 1), (other.Drafts, other.Returned, other.UnderReview, other.ApprovedThisWeek));
        var returned = Assert.Single(own.LatestReturned);
        Assert.Equal(("武陵退回", "武陵请补充投资协议"), (returned.ProjectName, returned.ReturnReason));
        Assert.Equal("鼎城退回", Assert.Single(other.LatestReturned).ProjectName);
        Assert.Equal((D("2026-11-23"), D("2026-11-23")), (own.WeekStart, own.Today));
    }

    [Fact]
    public async Task A_filing_approved_on_Sunday_at_23_59_China_time_counts_this_week_until_Monday_00_00()
    {
        await ApprovedAtAsync("周日深夜备案", ChinaTime(Sunday, 23, 59));

        var sunday = await FilerWorkbenchAsync(Filer);
        var sundayHeadline = await HeadlineAsync();
        At(ChinaTime(Sunday.AddDays(1), 0, 0));
        var monday = await FilerWorkbenchAsync(Filer);
        var mondayHeadline = await HeadlineAsync();
        await ApprovedAtAsync("周一零点备案", ChinaTime(Sunday.AddDays(1), 0, 0));
        var mondayAfter = await FilerWorkbenchAsync(Filer);

        Assert.Equal(1, sunday.ApprovedThisWeek);
        Assert.Equal(1, sundayHeadline.ThisWeek.Count);
        Assert.Equal(0, monday.ApprovedThisWeek);
        Assert.Equal(D("2026-11-30"), monday.WeekStart);
        Assert.Equal(new WorkbenchFigureDto(0, 0m), mondayHeadline.ThisWeek);
        Assert.Equal(1, mondayHeadline.ThisYear.Count);
        Assert.Equal(1, mondayAfter.ApprovedThisWeek);
    }

    [Fact]
    public async Task The_returned_filings_come_newest_first_with_the_latest_reasons_and_leave_the_list_when_resubmitted()
    {
        var first = await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "先退回")), "缺少协议");
        At(ChinaTime(2026, 11, 24, 9));
        var second = await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "后退回")), "金额有误");
        At(ChinaTime(2026, 11, 25, 9));
        // Returned again with new reasons: the workbench shows the latest.
        var again = await ReturnAsync(Reviewer, await SubmitAsync(Filer, first), "协议未盖章");

        var workbench = await FilerWorkbenchAsync(Filer);
        await SubmitAsync(Filer, second);
        var afterResubmit = await FilerWorkbenchAsync(Filer);

        Assert.Equal(["先退回", "后退回"], workbench.LatestReturned.Select(r => r.ProjectName));
        Assert.Equal(["协议未盖章", "金额有误"], workbench.LatestReturned.Select(r => r.ReturnReason));
        Assert.Equal(again.Id, workbench.LatestReturned[0].Id);
        Assert.Equal(ChinaTime(2026, 11, 25, 9), workbench.LatestReturned[0].ReturnedAt);
        Assert.Equal((2, 0), (workbench.Returned, workbench.UnderReview));
        Assert.Equal(["先退回"], afterResubmit.LatestReturned.Select(r => r.ProjectName));
        Assert.Equal((1, 1), (afterResubmit.Returned, afterResubmit.UnderReview));
    }

    [Fact]
    public async Task The_workbench_lists_at_most_the_five_latest_returned_filings_and_counts_them_all()
    {
        for (var i = 1; i <= GetFilerWorkbenchQuery.LatestReturned + 2; i++)
        {
            At(ChinaTime(2026, 11, 23, 10 + i));
            await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, $"退回{i}")), $"理由{i}");
        }

        var workbench = await FilerWorkbenchAsync(Filer);

        Assert.Equal(7, workbench.Returned);
        Assert.Equal(["退回7", "退回6", "退回5", "退回4", "退回3"], workbench.LatestReturned.Select(r => r.ProjectName));
    }

    [Fact]
    public async Task Only_a_filer_has_a_filers_workbench_and_a_filer_never_gets_the_city_wide_headline()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => FilerWorkbenchAsync(Reviewer));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => FilerWorkbenchAsync(Leader));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => FilerWorkbenchAsync(Admin));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => HeadlineAsync(Filer));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => FilerWorkbenchAsync(Filer with { UnitId = null }));

        var empty = await FilerWorkbenchAsync(Filer);
        Assert.Equal((0, 0, 0, 0), (empty.Drafts, empty.Returned, empty.UnderReview, empty.ApprovedThisWeek));
        Assert.Empty(empty.LatestReturned);
    }

    [Fact]
    public async Task The_headline_counts_this_years_standing_approvals_city_wide_with_their_exact_planned_total()
    {
        At(ChinaTime(2026, 3, 2, 10));
        await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "三月备案", 306.5m * Yi)));
        await ApproveAsync(Reviewer, await SubmitAsync(Filer2, await CreateAsync(Filer2, "鼎城三月备案", 1_234.56m)));
        await RevokeAsync(Reviewer, await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "撤销", 90 * Yi))), "异议成立");
        await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "退回", 90 * Yi)), "请补充");
        await WithdrawAsync(Filer, await SubmitAsync(Filer, await CreateAsync(Filer, "撤回", 90 * Yi)));
        await SubmitAsync(Filer, await CreateAsync(Filer, "审核中", 90 * Yi));
        await CreateAsync(Filer, "草稿", 90 * Yi);
        await ApprovedAtAsync("本周备案", ChinaTime(2026, 11, 24, 9)); // 15亿, signed: also on the reserve list

        var headline = await HeadlineAsync();

        Assert.Equal((2026, D("2026-01-01"), D("2026-11-23"), D("2026-11-24")), (headline.Year, headline.YearStart, headline.WeekStart, headline.Today));
        Assert.Equal(new WorkbenchFigureDto(3, (306.5m * Yi) + 1_234.56m + (15 * Yi)), headline.ThisYear);
        Assert.Equal(new WorkbenchFigureDto(1, 15 * Yi), headline.ThisWeek);
        Assert.Equal(new WorkbenchFigureDto(2, (306.5m + 15) * Yi), headline.ReserveList);
        // Reviewers and admins read the same city-wide figures.
        Assert.Equal(headline, await HeadlineAsync(Reviewer));
        Assert.Equal(headline, await HeadlineAsync(Admin));
    }

    [Fact]
    public async Task This_year_is_the_China_calendar_year_while_this_week_may_begin_in_the_last_one()
    {
        await ApprovedAtAsync("去年最后一分钟", ChinaTime(2025, 12, 31, 23, 59));
        await ApprovedAtAsync("元旦零点", ChinaTime(2026, 1, 1, 0, 0));
        await ApprovedAtAsync("上周日", ChinaTime(2025, 12, 28, 12));
        At(ChinaTime(2026, 1, 2, 10));

        var headline = await HeadlineAsync();

        Assert.Equal((2026, D("2025-12-29")), (headline.Year, headline.WeekStart));
        Assert.Equal(1, headline.ThisYear.Count);
        Assert.Equal(2, headline.ThisWeek.Count);
        Assert.Equal(30 * Yi, headline.ThisWeek.PlannedTotalInvestment);
        Assert.Equal(3, headline.ReserveList.Count);
    }
}
