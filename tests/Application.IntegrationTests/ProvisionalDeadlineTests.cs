using System.Text;
using InvestPromo.Application.Calendar;
using InvestPromo.Application.Calendar.Commands.ImportCalendarYear;
using InvestPromo.Application.Calendar.Commands.SaveCalendarYear;
using InvestPromo.Application.Calendar.Queries.AddWorkingDays;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Queries.ReviewQueue;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 9 item 3: a year the calendar does not hold (the demo holds 2020–2026) is counted with its statutory holidays and is
/// provisional; a deadline counted through it is marked so in the queue and on the filing, and counted again when an admin
/// saves or imports that year, with a history line, in the same save.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class ProvisionalDeadlineTests(AppFixture fixture) : AppTest(fixture)
{
    /// <summary>A 2027 notice that, unlike the law alone, also gives Monday 4 January off.</summary>
    private static readonly CalendarDayDto[] NewYear2027 =
    [
        new(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦"),
        new(new DateOnly(2027, 1, 4), CalendarDayKind.Holiday, "元旦"),
    ];

    private async Task<FilingDto> SubmittedAtAsync(DateTimeOffset at, string name)
    {
        At(at);
        return await SubmitAsync(Filer, await CreateAsync(Filer, name));
    }

    private Task<CalendarYearDto> Save2027Async(Caller caller, CalendarDayDto[] days, int? version = null) =>
        SendAsync(caller, new SaveCalendarYearCommand(2027, days, "国办发明电〔2026〕x号（测试）", version));

    private async Task<FilingListItemDto> InQueueAsync(Guid id) =>
        Assert.Single((await SendAsync(Reviewer, new ReviewQueueQuery(PageSize: 100))).Items, i => i.Id == id);

    [Fact]
    public async Task The_issue_examples_2026_12_29_plus_3_is_4_January_and_2027_10_01_is_not_worked()
    {
        var plus3 = await SendAsync(Filer, new AddWorkingDaysQuery(new DateOnly(2026, 12, 29), 3));
        var afterNationalDay = await SendAsync(Filer, new AddWorkingDaysQuery(new DateOnly(2027, 9, 30), 1));

        Assert.Equal(new WorkingDateDto(new DateOnly(2027, 1, 4), true), plus3);
        Assert.Equal(new WorkingDateDto(new DateOnly(2027, 10, 4), true), afterNationalDay); // 1–3 October off, 4 October a Monday
    }

    [Fact]
    public async Task A_deadline_counted_through_an_unheld_year_is_provisional_on_the_filing_and_in_the_queue()
    {
        var provisional = await SubmittedAtAsync(ChinaTime(2026, 12, 29, 10), "跨年项目");
        var held = await SubmittedAtAsync(ChinaTime(2026, 12, 1, 10), "年内项目");

        Assert.Equal(D("2027-01-04"), provisional.ReviewDueOn);
        Assert.True(provisional.ReviewDueProvisional);
        Assert.True((await GetAsync(Reviewer, provisional.Id)).ReviewDueProvisional);
        Assert.True((await InQueueAsync(provisional.Id)).ReviewDueProvisional);
        Assert.Equal(D("2026-12-04"), held.ReviewDueOn);
        Assert.False(held.ReviewDueProvisional);
        Assert.False((await InQueueAsync(held.Id)).ReviewDueProvisional);
    }

    [Fact]
    public async Task Saving_the_year_counts_the_provisional_deadlines_again_with_a_history_line_and_leaves_the_others()
    {
        var moved = await SubmittedAtAsync(ChinaTime(2026, 12, 29, 10), "跨年项目");
        var later = await SubmittedAtAsync(ChinaTime(2026, 12, 31, 10), "跨年项目二"); // 元旦, a weekend, then 4, 5, 6 January → 6 January
        var held = await SubmittedAtAsync(ChinaTime(2026, 12, 1, 10), "年内项目");
        var approved = await ApproveAsync(Reviewer, await SubmittedAtAsync(ChinaTime(2026, 12, 29, 11), "已通过项目"));
        var withdrawn = await WithdrawAsync(Filer, await SubmittedAtAsync(ChinaTime(2026, 12, 29, 12), "已撤回项目"));
        Assert.Equal(D("2027-01-06"), later.ReviewDueOn);

        At(ChinaTime(2026, 12, 31, 15));
        await Save2027Async(Admin, NewYear2027);

        var after = await GetAsync(Reviewer, moved.Id);
        Assert.Equal(D("2027-01-05"), after.ReviewDueOn);
        Assert.Equal(ChinaTime(2027, 1, 6), after.ReviewDueAt);
        Assert.False(after.ReviewDueProvisional);
        Assert.Equal(moved.Version + 1, after.Version);
        var line = after.History[^1];
        Assert.Equal(FilingAction.DeadlineRecomputed, line.Action);
        Assert.Equal("2027 年节假日安排已发布，审核时限由 2027-01-04 调整为 2027-01-05", line.Reason);
        Assert.Equal("admin", line.ActorName);
        Assert.Equal(ChinaTime(2026, 12, 31, 15), line.At);
        Assert.False((await InQueueAsync(moved.Id)).ReviewDueProvisional);
        Assert.Equal(D("2027-01-05"), (await InQueueAsync(moved.Id)).ReviewDueOn);

        var same = await GetAsync(Reviewer, later.Id);
        Assert.Equal(D("2027-01-07"), same.ReviewDueOn); // 4 January is now off too
        Assert.Equal("2027 年节假日安排已发布，审核时限由 2027-01-06 调整为 2027-01-07", same.History[^1].Reason);

        foreach (var other in new[] { held, approved, withdrawn })
        {
            var read = await GetAsync(Reviewer, other.Id);
            Assert.Equal(other.Version, read.Version);
            Assert.DoesNotContain(read.History, h => h.Action == FilingAction.DeadlineRecomputed);
        }

        // A correction of 2027 later: the deadlines are no longer provisional, so nothing is counted again.
        var year = await SendAsync(Admin, new Calendar.Queries.GetCalendarYear.GetCalendarYearQuery(2027));
        await Save2027Async(Admin, [NewYear2027[0]], year.Version);
        var corrected = await GetAsync(Reviewer, moved.Id);
        Assert.Equal(D("2027-01-05"), corrected.ReviewDueOn);
        Assert.Single(corrected.History, h => h.Action == FilingAction.DeadlineRecomputed);
    }

    [Fact]
    public async Task Importing_the_year_counts_the_provisional_deadlines_again_too()
    {
        var filing = await SubmittedAtAsync(ChinaTime(2026, 12, 29, 10), "跨年项目");
        const string File = """
            { "year": 2027, "source": "国办发明电〔2026〕x号（测试）", "days": [
              { "date": "2027-01-01", "kind": "Holiday", "name": "元旦" },
              { "date": "2027-01-02", "kind": "MakeUpWorkday", "name": "元旦" } ] }
            """;

        At(ChinaTime(2026, 12, 30, 9));
        await SendAsync(Admin, new ImportCalendarYearCommand(2027, "2027.json", Encoding.UTF8.GetBytes(File), null));

        var after = await GetAsync(Reviewer, filing.Id);
        Assert.Equal(D("2027-01-02"), after.ReviewDueOn); // the make-up Saturday is the third working day
        Assert.False(after.ReviewDueProvisional);
        Assert.Equal("2027 年节假日安排已发布，审核时限由 2027-01-04 调整为 2027-01-02", after.History[^1].Reason);
    }

    [Fact]
    public async Task A_deadline_across_two_unheld_years_stays_provisional_after_the_first_is_saved()
    {
        // Thursday 30 December 2027: 31 December, then 元旦 2028 on a Saturday → Monday 3, Tuesday 4 January 2028.
        var filing = await SubmittedAtAsync(ChinaTime(2027, 12, 30, 10), "跨两年项目");
        Assert.Equal(D("2028-01-04"), filing.ReviewDueOn);
        Assert.True(filing.ReviewDueProvisional);

        await Save2027Async(Admin, [new(new DateOnly(2027, 12, 31), CalendarDayKind.Holiday, "元旦")]);

        var after = await GetAsync(Reviewer, filing.Id);
        Assert.Equal(D("2028-01-05"), after.ReviewDueOn);
        Assert.True(after.ReviewDueProvisional);
        Assert.Equal(FilingAction.DeadlineRecomputed, after.History[^1].Action);
    }

    [Fact]
    public async Task A_save_that_is_refused_counts_nothing_again()
    {
        var filing = await SubmittedAtAsync(ChinaTime(2026, 12, 29, 10), "跨年项目");
        await Save2027Async(Admin, [NewYear2027[0]]);
        var recomputed = await GetAsync(Reviewer, filing.Id);
        var second = await SubmittedAtAsync(ChinaTime(2027, 12, 30, 10), "跨两年项目"); // through 2028, not held

        // 2027 exists now: saving it without the version read is a stale save, refused before anything is written.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Save2027Async(Admin, NewYear2027));
        // A year outside the supported range is refused by validation, before anything is written.
        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin, new SaveCalendarYearCommand(2200, [], null, null)));

        Assert.Equal(recomputed.Version, (await GetAsync(Reviewer, filing.Id)).Version);
        var untouched = await GetAsync(Reviewer, second.Id);
        Assert.Equal(second.Version, untouched.Version);
        Assert.True(untouched.ReviewDueProvisional);
    }
}
