using System.Text.Json;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

/// <summary>A deadline counted through a year the calendar does not hold is marked provisional, and counted again when that year is saved.</summary>
public sealed class ProvisionalDeadlineTests
{
    private static readonly Guid Unit = Guid.Parse("0195a3c4-0000-7000-8000-0000000000a1");
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Admin = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000ad1"), "admin");
    private static readonly DateTimeOffset Saved = new(2026, 12, 30, 8, 0, 0, TimeSpan.Zero);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>2026 held (weekends only, enough here), 2027 not.</summary>
    private static WorkingCalendar Held2026 => new([CalendarYear.Create(2026, [], null, null, Saved)]);

    private static CalendarYear Notice2027(params CalendarDay[] days) => CalendarYear.Create(2027, days, "国办发明电〔2026〕x号", null, Saved);

    private static Filing SubmittedAt(DateTimeOffset at, WorkingCalendar calendar)
    {
        var filing = Filing.CreateDraft(Unit, FilingTests.Complete, Filer, at.AddDays(-1));
        filing.Submit(at, ReviewDeadline.For(at, calendar), Filer);
        return filing;
    }

    private static readonly DateTimeOffset Dec29 = new(2026, 12, 29, 2, 0, 0, TimeSpan.Zero); // Tuesday 29 December, 10:00 China

    [Fact]
    public void A_deadline_counted_through_an_unheld_year_is_stored_as_provisional()
    {
        var filing = SubmittedAt(Dec29, Held2026);

        Assert.Equal(D("2027-01-04"), filing.ReviewDueOn);
        Assert.Equal(ChinaTime.EndOfDay(D("2027-01-04")), filing.ReviewDueAt);
        Assert.True(filing.ReviewDueProvisional);
        Assert.True(filing.AwaitsCalendarOf(2027));
        Assert.True(filing.AwaitsCalendarOf(2026));
        Assert.False(filing.AwaitsCalendarOf(2025));
        Assert.False(filing.AwaitsCalendarOf(2028));
    }

    [Fact]
    public void A_deadline_inside_held_years_is_not_provisional_and_awaits_no_year()
    {
        var filing = SubmittedAt(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), Held2026);

        Assert.Equal(D("2026-12-04"), filing.ReviewDueOn);
        Assert.False(filing.ReviewDueProvisional);
        Assert.False(filing.AwaitsCalendarOf(2026));
        Assert.False(filing.RecomputeReviewDeadline(2026, new ReviewDue(D("2026-12-07"), ChinaTime.EndOfDay(D("2026-12-07"))), Admin, Saved));
        Assert.Equal(D("2026-12-04"), filing.ReviewDueOn);
    }

    [Fact]
    public void Saving_the_year_moves_the_deadline_and_the_history_says_why()
    {
        var filing = SubmittedAt(Dec29, Held2026);
        // A notice that also gives Monday 4 January off: the third working day becomes Tuesday 5 January.
        var calendar = Held2026.With(Notice2027(
            new CalendarDay(D("2027-01-01"), CalendarDayKind.Holiday, "元旦"), new CalendarDay(D("2027-01-04"), CalendarDayKind.Holiday, "元旦")));

        var changed = filing.RecomputeReviewDeadline(2027, ReviewDeadline.For(filing.SubmittedAt!.Value, calendar), Admin, Saved);

        Assert.True(changed);
        Assert.Equal(D("2027-01-05"), filing.ReviewDueOn);
        Assert.Equal(ChinaTime.EndOfDay(D("2027-01-05")), filing.ReviewDueAt);
        Assert.False(filing.ReviewDueProvisional);
        Assert.Equal(FilingStatus.UnderReview, filing.Status);
        var line = filing.History[^1];
        Assert.Equal(FilingAction.DeadlineRecomputed, line.Action);
        Assert.Equal("2027 年节假日安排已发布，审核时限由 2027-01-04 调整为 2027-01-05", line.Reason);
        Assert.Equal(Admin.Id, line.ActorId);
        Assert.Equal(Saved, line.At);
        Assert.Equal(["2027-01-04", "2027-01-05"], JsonSerializer.Deserialize<Dictionary<string, string[]>>(line.Changes!)!["reviewDue"]);
        Assert.False(filing.AwaitsCalendarOf(2027)); // done: a second save of 2027 leaves it alone
    }

    [Fact]
    public void A_make_up_saturday_can_bring_the_deadline_earlier()
    {
        var filing = SubmittedAt(Dec29, Held2026);
        var calendar = Held2026.With(Notice2027(
            new CalendarDay(D("2027-01-01"), CalendarDayKind.Holiday, "元旦"), new CalendarDay(D("2027-01-02"), CalendarDayKind.MakeUpWorkday, "元旦")));

        Assert.True(filing.RecomputeReviewDeadline(2027, ReviewDeadline.For(filing.SubmittedAt!.Value, calendar), Admin, Saved));

        Assert.Equal(D("2027-01-02"), filing.ReviewDueOn);
        Assert.Equal("2027 年节假日安排已发布，审核时限由 2027-01-04 调整为 2027-01-02", filing.History[^1].Reason);
    }

    [Fact]
    public void An_unchanged_date_still_loses_the_provisional_mark_and_says_so()
    {
        var filing = SubmittedAt(Dec29, Held2026);
        var calendar = Held2026.With(Notice2027(new CalendarDay(D("2027-01-01"), CalendarDayKind.Holiday, "元旦")));

        Assert.True(filing.RecomputeReviewDeadline(2027, ReviewDeadline.For(filing.SubmittedAt!.Value, calendar), Admin, Saved));

        Assert.Equal(D("2027-01-04"), filing.ReviewDueOn);
        Assert.False(filing.ReviewDueProvisional);
        Assert.Equal("2027 年节假日安排已发布，审核时限 2027-01-04 不变", filing.History[^1].Reason);
    }

    [Fact]
    public void A_deadline_that_also_crosses_another_unheld_year_stays_provisional()
    {
        // Thursday 30 December 2027 with neither 2027 nor 2028 held: 31 December, then 元旦 2028 (Saturday), → 4 January 2028.
        var filing = SubmittedAt(new DateTimeOffset(2027, 12, 30, 2, 0, 0, TimeSpan.Zero), Held2026);
        Assert.Equal(D("2028-01-04"), filing.ReviewDueOn);
        var with2027 = Held2026.With(Notice2027(new CalendarDay(D("2027-12-31"), CalendarDayKind.Holiday, "元旦")));

        Assert.True(filing.RecomputeReviewDeadline(2027, ReviewDeadline.For(filing.SubmittedAt!.Value, with2027), Admin, Saved));

        Assert.Equal(D("2028-01-05"), filing.ReviewDueOn);
        Assert.True(filing.ReviewDueProvisional);
        Assert.True(filing.AwaitsCalendarOf(2028));
        Assert.True(filing.AwaitsCalendarOf(2027)); // one mark for the whole span: a later correction of 2027 counts it again too
    }

    [Fact]
    public void Only_a_filing_under_review_is_recomputed()
    {
        var withdrawn = SubmittedAt(Dec29, Held2026);
        withdrawn.Withdraw(Filer, Dec29.AddHours(1));
        var approved = SubmittedAt(Dec29, Held2026);
        approved.Approve(Admin, Dec29.AddHours(1));
        var calendar = Held2026.With(Notice2027());

        foreach (var filing in new[] { withdrawn, approved })
        {
            var lines = filing.History.Count;
            Assert.False(filing.ReviewDueProvisional);
            Assert.False(filing.AwaitsCalendarOf(2027));
            Assert.False(filing.RecomputeReviewDeadline(2027, ReviewDeadline.For(Dec29, calendar), Admin, Saved));
            Assert.Null(filing.ReviewDueOn);
            Assert.Equal(lines, filing.History.Count);
        }

        var draft = Filing.CreateDraft(Unit, FilingTests.Complete, Filer, Dec29);
        Assert.False(draft.AwaitsCalendarOf(2027));
    }

    [Fact]
    public void A_deadline_the_notice_puts_in_the_past_is_kept_the_review_is_overdue()
    {
        var filing = SubmittedAt(Dec29, Held2026);
        var late = new DateTimeOffset(2027, 1, 20, 2, 0, 0, TimeSpan.Zero);

        Assert.True(filing.RecomputeReviewDeadline(2027, ReviewDeadline.For(filing.SubmittedAt!.Value, Held2026.With(Notice2027())), Admin, late));

        Assert.Equal(D("2027-01-01"), filing.ReviewDueOn); // a notice with no holiday at all: Friday 1 January is worked
        Assert.True(filing.ReviewDueAt < late);
    }

    [Fact]
    public void Resubmitting_counts_the_deadline_again_with_its_own_mark()
    {
        var filing = SubmittedAt(Dec29, Held2026);
        filing.Return(Admin, Dec29.AddHours(1), "补充材料");
        Assert.False(filing.ReviewDueProvisional);

        var resubmitted = Dec29.AddDays(1);
        filing.Submit(resubmitted, ReviewDeadline.For(resubmitted, Held2026.With(Notice2027(new CalendarDay(D("2027-01-01"), CalendarDayKind.Holiday, "元旦")))), Filer);
        Assert.Equal(D("2027-01-05"), filing.ReviewDueOn);
        Assert.False(filing.ReviewDueProvisional);

        filing.Return(Admin, resubmitted.AddHours(1), "补充材料");
        filing.Submit(resubmitted.AddHours(2), ReviewDeadline.For(resubmitted.AddHours(2), Held2026), Filer);
        Assert.True(filing.ReviewDueProvisional);
    }
}
