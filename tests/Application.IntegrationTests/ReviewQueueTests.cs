using InvestPromo.Application.Filings.Queries.ReviewDashboardCounts;
using InvestPromo.Application.Filings.Queries.ReviewQueue;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>The reviewers' queue and dashboard (DOMAIN.md §2: overdue reviews visible, soonest deadline first).</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class ReviewQueueTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    /// <summary>
    /// Before the week (the fixture's start, Monday 2026-11-23): G approved. Monday 30 November 10:00: Alpha (武陵, 2亿)
    /// submitted, E approved, F returned. Tuesday 10:00: Bravo (武陵, 10亿) submitted; 10:01: Charlie (鼎城, NEV, Service, SG,
    /// 60亿, 在谈) submitted; a draft stays a draft. Then the clock stands at Friday 10:00: Alpha (due Thursday) is overdue,
    /// Bravo and Charlie are due today.
    /// </summary>
    private async Task ArrangeAsync()
    {
        await ApprovedAsync("Golf");

        At(ChinaTime(Monday, 10));
        await SubmitAsync(Filer, await CreateAsync(Filer, "Alpha", 200_000_000m));
        await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "Echo")));
        await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "Foxtrot")), "请补充协议");

        At(ChinaTime(Monday.AddDays(1), 10));
        await SubmitAsync(Filer, await CreateAsync(Filer, "Bravo", 1_000_000_000m));
        At(ChinaTime(Monday.AddDays(1), 10, 1));
        var charlie = Draft.Complete(Fixture.ChainId("NEV"), "Charlie", 6_000_000_000m) with
        {
            Category = ProjectCategory.Service,
            SourceRegionCode = "SG",
            CreditCode = null,
            Stage = ProjectStage.Negotiating,
        };
        await SubmitAsync(Filer2, await CreateAsync(Filer2, charlie));
        await CreateAsync(Filer, "Delta draft");

        At(ChinaTime(Monday.AddDays(4), 10));
    }

    [Fact]
    public async Task The_queue_lists_filings_under_review_soonest_deadline_first_with_overdue_and_due_today_marked()
    {
        await ArrangeAsync();

        var queue = await SendAsync(Reviewer, new ReviewQueueQuery());

        Assert.Equal(["Alpha", "Bravo", "Charlie"], queue.Items.Select(i => i.ProjectName));
        Assert.Equal(3, queue.TotalCount);
        Assert.Equal([true, false, false], queue.Items.Select(i => i.IsOverdue));
        Assert.Equal([false, true, true], queue.Items.Select(i => i.IsDueToday));
        Assert.Equal("武陵区", queue.Items[0].UnitName);
        Assert.Equal("鼎城区", queue.Items[2].UnitName);
    }

    [Fact]
    public async Task The_dashboard_counts_what_is_under_review_due_and_decided_this_week()
    {
        await ArrangeAsync();

        var counts = await SendAsync(Reviewer, new ReviewDashboardCountsQuery());

        Assert.Equal(3, counts.UnderReview);
        Assert.Equal(2, counts.DueToday);
        Assert.Equal(1, counts.Overdue);
        Assert.Equal(1, counts.ApprovedThisWeek);
        Assert.Equal(1, counts.ReturnedThisWeek);

        At(ChinaTime(Monday.AddDays(7), 0, 1));
        var nextWeek = await SendAsync(Reviewer, new ReviewDashboardCountsQuery());
        Assert.Equal(0, nextWeek.ApprovedThisWeek);
        Assert.Equal(0, nextWeek.ReturnedThisWeek);
        Assert.Equal(3, nextWeek.Overdue);
        Assert.Equal(0, nextWeek.DueToday);
    }

    [Fact]
    public async Task A_review_is_overdue_from_the_first_instant_after_its_due_day_in_China_time()
    {
        At(ChinaTime(2026, 11, 23, 10));
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer)); // due Thursday 26 November

        At(ChinaTime(2026, 11, 26, 23, 59));
        var lastMinute = Assert.Single((await SendAsync(Reviewer, new ReviewQueueQuery())).Items);
        At(ChinaTime(2026, 11, 27, 0, 0));
        var overdue = Assert.Single((await SendAsync(Reviewer, new ReviewQueueQuery())).Items);

        Assert.Equal(D("2026-11-26"), submitted.ReviewDueOn);
        Assert.True(lastMinute.IsDueToday);
        Assert.False(lastMinute.IsOverdue);
        Assert.True(overdue.IsOverdue);
        Assert.False(overdue.IsDueToday);
    }
}
