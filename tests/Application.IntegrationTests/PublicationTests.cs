using System.Globalization;
using InvestPromo.Application.Calendar.Queries.AddWorkingDays;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Publications;
using InvestPromo.Application.Publications.Commands.PublishDueWeeks;
using InvestPromo.Application.Publications.Commands.PublishWeek;
using InvestPromo.Application.Publications.Queries.ListPublications;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// 每周公示 (DOMAIN.md §3): the week is Monday–Sunday China time, an approval belongs to the week of its China date, numbers
/// run within the year of the week's Monday, the publicity period is 5 working days, publishing is idempotent, and the job
/// catches up missed weeks. Approvals happen at the instants the rule needs (the clock is the test's).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class PublicationTests(AppFixture fixture) : AppTest(fixture)
{
    /// <summary>The Monday of the fixture's start (Monday 2026-11-23 10:00 China time), when these tests publish unless told.</summary>
    private static readonly DateOnly CurrentMonday = PublicationWeek.Containing(AppFixture.Start);

    private Task<PublicationDto> PublishAsync(DateOnly weekStart, Caller? by = null) => SendAsync(by ?? Reviewer, new PublishWeekCommand(weekStart));

    private Task<int> RunWeeklyJobAsync() => SendAsync(Caller.System, new PublishDueWeeksCommand());

    private async Task<IReadOnlyList<PublicationSummaryDto>> PublicationsAsync() => (await SendAsync(Reviewer, new ListPublicationsQuery())).Items;

    private static string[] Names(PublicationDto publication) => [.. publication.Entries.Select(e => e.ProjectName)];

    private static async Task<string> RefusedAsync(Func<Task> act) => (await Assert.ThrowsAsync<DomainRuleException>(act)).Code;

    [Fact]
    public async Task Sunday_23_30_China_time_is_published_with_its_week_and_Monday_00_10_with_the_next()
    {
        var earlier = CurrentMonday.AddDays(-14);
        var later = CurrentMonday.AddDays(-7);
        await ApprovedAtAsync("周日深夜备案", ChinaTime(later.AddDays(-1), 23, 30));
        await ApprovedAtAsync("周一凌晨备案", ChinaTime(later, 0, 10));
        At(AppFixture.Start);

        var first = await PublishAsync(earlier);
        var second = await PublishAsync(later);

        Assert.Equal(["周日深夜备案"], Names(first));
        Assert.Equal(earlier, first.WeekStart);
        Assert.Equal(earlier.AddDays(6), first.WeekEnd);
        Assert.Equal(["周一凌晨备案"], Names(second));
        AssertNumbering([(first.Year, first.Number, first.Label, first.WeekStart), (second.Year, second.Number, second.Label, second.WeekStart)]);
    }

    [Fact]
    public async Task Sunday_23_59_China_time_closes_the_week_and_Monday_00_00_which_is_still_Sunday_in_UTC_opens_the_next()
    {
        await ApprovedAtAsync("周日23:59备案", ChinaTime(2025, 3, 9, 23, 59));
        await ApprovedAtAsync("周一00:00备案", new DateTimeOffset(2025, 3, 9, 16, 0, 0, TimeSpan.Zero));
        At(ChinaTime(2025, 3, 17, 9));

        var first = await PublishAsync(D("2025-03-03"));
        var second = await PublishAsync(D("2025-03-10"));

        Assert.Equal(["周日23:59备案"], Names(first));
        Assert.Equal(["周一00:00备案"], Names(second));
        Assert.Equal(D("2025-03-09"), first.WeekEnd);
    }

    [Fact]
    public async Task Publishing_a_week_again_answers_the_same_publication_and_creates_no_second_list()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAtAsync("幂等项目", ChinaTime(week.AddDays(2), 10));
        At(AppFixture.Start);

        var first = await PublishAsync(week);
        await ApprovedAtAsync("迟到的项目", ChinaTime(week.AddDays(3), 10)); // would change the list if it were rebuilt
        At(AppFixture.Start.AddMinutes(5));
        var again = await PublishAsync(week, Admin);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Number, again.Number);
        Assert.Equal(["幂等项目"], Names(again));
        var list = await PublicationsAsync();
        Assert.Single(list);
        Assert.Equal(1, list[0].EntryCount);
        Assert.Equal($"{week.Year}年第1期", first.Label);
        Assert.Equal(0, await RunWeeklyJobAsync()); // the job finds the week published too
    }

    [Fact]
    public async Task A_filing_revoked_before_publishing_is_left_out()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAtAsync("保留项目", ChinaTime(week.AddDays(1), 9));
        var revoked = await ApprovedAtAsync("撤销项目", ChinaTime(week.AddDays(1), 10));
        At(AppFixture.Start);
        await RevokeAsync(Reviewer, revoked, "重复备案");

        var publication = await PublishAsync(week);

        Assert.Equal(["保留项目"], Names(publication));
        Assert.Equal(1, publication.EntryCount);
    }

    [Fact]
    public async Task A_filing_approved_and_revoked_within_the_week_is_left_out_and_the_job_publishes_nothing_for_it()
    {
        var week = CurrentMonday.AddDays(-7);
        var revoked = await ApprovedAtAsync("周内撤销", ChinaTime(week.AddDays(1), 10));
        At(ChinaTime(week.AddDays(2), 10)); // the revocation's instant is in the same week
        await RevokeAsync(Reviewer, revoked, "重复备案");
        At(AppFixture.Start);

        Assert.Equal("publication.week-empty", await RefusedAsync(() => PublishAsync(week)));
        Assert.Equal(0, await RunWeeklyJobAsync());
        Assert.Empty(await PublicationsAsync());
    }

    [Fact]
    public async Task The_publicity_period_ends_five_working_days_after_the_publication_day_on_the_calendar()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAtAsync("公示期项目", ChinaTime(week.AddDays(4), 16));
        At(AppFixture.Start);

        var publication = await PublishAsync(week);

        Assert.Equal(DateOnly.FromDateTime(AppFixture.Start.ToOffset(China).DateTime), publication.PublishedOn);
        var expected = await SendAsync(Caller.System, new AddWorkingDaysQuery(publication.PublishedOn, 5));
        Assert.Equal(expected.Date, publication.PublicityEndsOn);
        Assert.Equal(5, publication.PublicityWorkingDays);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-17")] // Monday: 11–14 and Monday 17 March
    [InlineData("2024-09-30", "2024-10-12")] // National Day 1–7 October off, Saturday 12 October worked
    public async Task The_publicity_period_follows_the_official_calendar(string publishedOn, string endsOn)
    {
        var monday = D(publishedOn);
        await ApprovedAtAsync("公示期项目", ChinaTime(monday.AddDays(-5), 10));
        At(ChinaTime(monday, 9));

        var publication = await PublishAsync(monday.AddDays(-7));

        Assert.Equal(monday, publication.PublishedOn);
        Assert.Equal(D(endsOn), publication.PublicityEndsOn);
        Assert.True(publication.AcceptsObjections);
    }

    [Fact]
    public async Task Publishing_by_hand_needs_a_Monday_a_completed_week_and_some_approvals()
    {
        var notMonday = await Assert.ThrowsAsync<RequestValidationException>(() => PublishAsync(CurrentMonday.AddDays(-6)));
        Assert.Equal(["weekStart"], notMonday.Errors.Keys);
        Assert.Equal("publication.week-not-completed", await RefusedAsync(() => PublishAsync(CurrentMonday)));
        Assert.Equal("publication.week-empty", await RefusedAsync(() => PublishAsync(CurrentMonday.AddDays(-7))));
        Assert.Empty(await PublicationsAsync());
    }

    [Fact]
    public async Task A_week_is_completed_at_Monday_00_00_China_time()
    {
        await ApprovedAtAsync("上周项目", ChinaTime(2025, 3, 5, 10));

        At(ChinaTime(2025, 3, 9, 23, 59));
        Assert.Equal("publication.week-not-completed", await RefusedAsync(() => PublishAsync(D("2025-03-03"))));
        Assert.Equal(0, await RunWeeklyJobAsync());
        At(ChinaTime(2025, 3, 10, 0, 0));
        var publication = await PublishAsync(D("2025-03-03"));

        Assert.Equal(["上周项目"], Names(publication));
    }

    [Fact]
    public async Task The_job_catches_up_every_missed_week_in_order_skips_empty_ones_and_a_second_run_publishes_nothing()
    {
        // Approvals three, two and four weeks back... and an empty week in between; nothing in the running week is published.
        var w4 = CurrentMonday.AddDays(-28);
        var w3 = CurrentMonday.AddDays(-21);
        var w1 = CurrentMonday.AddDays(-7);
        await ApprovedAtAsync("第四周前", ChinaTime(w4.AddDays(1), 10));
        await ApprovedAtAsync("第三周前", ChinaTime(w3.AddDays(6), 23, 59));
        await ApprovedAtAsync("上周一", ChinaTime(w1, 0, 0));
        await ApprovedAtAsync("本周", AppFixture.Start);

        var first = await RunWeeklyJobAsync();
        var second = await RunWeeklyJobAsync();

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        var items = await PublicationsAsync();
        Assert.Equal([w1, w3, w4], items.Select(i => i.WeekStart));
        Assert.All(items, i => Assert.Equal(1, i.EntryCount));
        AssertNumbering([.. items.Reverse().Select(i => (i.Year, i.Number, i.Label, i.WeekStart))]);
    }

    [Fact]
    public async Task The_job_looks_back_at_most_CatchUpWeeks_and_older_weeks_are_published_by_hand()
    {
        var oldest = CurrentMonday.AddDays(-7 * 12); // the 12th completed week back: still caught up
        var tooOld = CurrentMonday.AddDays(-7 * 13);
        await ApprovedAtAsync("十二周前", ChinaTime(oldest, 9));
        await ApprovedAtAsync("十三周前", ChinaTime(tooOld.AddDays(6), 23));
        At(AppFixture.Start);

        Assert.Equal(1, await RunWeeklyJobAsync());
        Assert.Equal([oldest], (await PublicationsAsync()).Select(p => p.WeekStart));

        var byHand = await PublishAsync(tooOld);
        Assert.Equal(["十三周前"], Names(byHand));
        Assert.Equal(2, byHand.Number); // numbers follow the order of publication within the year
    }

    [Fact]
    public async Task The_week_of_Monday_30_December_2024_takes_a_2024_number()
    {
        await ApprovedAtAsync("2024年末周", ChinaTime(2024, 12, 24, 10));
        await ApprovedAtAsync("跨年周", ChinaTime(2025, 1, 2, 10));
        await ApprovedAtAsync("2025年首周", ChinaTime(2025, 1, 7, 10));
        At(ChinaTime(2025, 1, 13, 9));

        Assert.Equal(3, await RunWeeklyJobAsync());

        var items = (await PublicationsAsync()).Reverse().ToList();
        Assert.Equal([D("2024-12-23"), D("2024-12-30"), D("2025-01-06")], items.Select(i => i.WeekStart));
        Assert.Equal(["2024年第1期", "2024年第2期", "2025年第1期"], items.Select(i => i.Label));
        Assert.Equal([2024, 2024, 2025], items.Select(i => i.Year));
        AssertNumbering([.. items.Select(i => (i.Year, i.Number, i.Label, i.WeekStart))]);
    }

    /// <summary>Oldest week first: numbers run 1, 2, … within the year of each week's Monday.</summary>
    private static void AssertNumbering(IReadOnlyList<(int Year, int Number, string Label, DateOnly WeekStart)> oldestFirst)
    {
        var expected = 0;
        var year = 0;
        foreach (var publication in oldestFirst)
        {
            var y = publication.Year;
            expected = y == year ? expected + 1 : 1;
            year = y;
            Assert.Equal(expected, publication.Number);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{y}年第{expected}期"), publication.Label);
            Assert.Equal(publication.WeekStart.Year, y);
        }
    }
}
