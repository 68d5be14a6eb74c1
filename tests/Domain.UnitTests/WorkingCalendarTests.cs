using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.UnitTests;

public sealed class WorkingCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static CalendarDay Holiday(string date, string name) => new(D(date), CalendarDayKind.Holiday, name);

    private static CalendarDay MakeUp(string date, string name) => new(D(date), CalendarDayKind.MakeUpWorkday, name);

    private static IEnumerable<CalendarDay> Range(string from, string to, string name)
    {
        for (var d = D(from); d <= D(to); d = d.AddDays(1))
        {
            yield return new CalendarDay(d, CalendarDayKind.Holiday, name);
        }
    }

    /// <summary>The parts of the State Council's 2024 and 2025 notices the examples cross.</summary>
    private static WorkingCalendar Official() => new(
    [
        CalendarYear.Create(2024, [.. Range("2024-02-10", "2024-02-17", "春节"), MakeUp("2024-02-04", "春节"), MakeUp("2024-02-18", "春节"),
            .. Range("2024-10-01", "2024-10-07", "国庆节"), MakeUp("2024-09-29", "国庆节"), MakeUp("2024-10-12", "国庆节")], "国办发明电〔2023〕7号", null, Now),
        CalendarYear.Create(2025, [Holiday("2025-01-01", "元旦"), .. Range("2025-01-28", "2025-02-04", "春节"), MakeUp("2025-01-26", "春节"), MakeUp("2025-02-08", "春节")],
            "国办发明电〔2024〕12号", null, Now),
    ]);

    [Theory]
    [InlineData("2024-09-27", "2024-10-08")] // Sunday 29 September is worked; 1–7 October are off
    [InlineData("2025-01-27", "2025-02-07")] // Spring Festival 28 January – 4 February
    [InlineData("2024-02-02", "2024-02-06")] // Sunday 4 February is worked
    public void The_review_deadline_is_the_third_working_day_after_submission(string submitted, string due)
    {
        Assert.Equal(D(due), ReviewDeadline.DueOn(D(submitted), Official()));
    }

    [Fact]
    public void The_review_is_overdue_from_midnight_china_time_after_the_last_day()
    {
        var dueAt = ReviewDeadline.DueAt(D("2024-09-27"), Official());

        Assert.Equal(new DateTimeOffset(2024, 10, 8, 16, 0, 0, TimeSpan.Zero), dueAt);
        Assert.Equal(TimeSpan.Zero, dueAt.Offset);
    }

    [Theory]
    [InlineData("2024-09-26T16:30:00Z", "2024-10-08")] // Friday 27 September 00:30 China time: 29 September is worked, 1–7 October off
    [InlineData("2024-09-26T15:59:00Z", "2024-09-30")] // still Thursday 26 September in China
    [InlineData("2024-10-05T02:00:00Z", "2024-10-10")] // submitted on a holiday: the start day never counts
    public void A_submission_is_due_by_the_end_of_the_third_working_day_after_its_China_date(string submittedAt, string dueOn)
    {
        var due = ReviewDeadline.For(DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture), Official());

        Assert.Equal(D(dueOn), due.On);
        Assert.Equal(new DateTimeOffset(D(dueOn).ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero), due.At); // the next day 00:00 in China
        Assert.Equal(TimeSpan.Zero, due.At.Offset);
    }

    [Theory]
    [InlineData("2026-09-30T01:00:00Z", "2026-10-07")] // 2026 not held: 1–3 October are its statutory 国庆 days, 4 October a Sunday
    [InlineData("2025-12-31T01:00:00Z", "2026-01-06")] // from a held year into one that is not: 1 January 2026 (元旦) is off
    public void A_review_deadline_in_a_year_the_calendar_does_not_hold_counts_its_statutory_holidays_and_is_provisional(string submittedAt, string dueOn)
    {
        var due = ReviewDeadline.For(DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture), Official());

        Assert.Equal(D(dueOn), due.On);
        Assert.Equal(ChinaTime.EndOfDay(D(dueOn)), due.At);
        Assert.True(due.Provisional);
    }

    [Fact]
    public void A_review_deadline_inside_held_years_is_not_provisional()
    {
        var due = ReviewDeadline.For(new DateTimeOffset(2024, 9, 27, 2, 0, 0, TimeSpan.Zero), Official());

        Assert.Equal(new ReviewDue(D("2024-10-08"), ChinaTime.EndOfDay(D("2024-10-08")), false), due);
    }

    [Fact]
    public void The_issue_examples_2026_12_29_plus_3_and_2027_10_01_are_decided_by_the_statutory_holidays()
    {
        // 2026-12-29 (Tue) + 3: 30, 31 December, then 1 January 2027 is 元旦 → Monday 4 January. Provisional: 2027 is not held.
        var held2026 = new WorkingCalendar([CalendarYear.Create(2026, [], null, null, Now)]);
        var due = ReviewDeadline.For(new DateTimeOffset(2026, 12, 29, 2, 0, 0, TimeSpan.Zero), held2026);
        Assert.Equal(D("2027-01-04"), due.On);
        Assert.True(due.Provisional);
        Assert.Equal(new DayInfo(D("2027-01-01"), false, DayReason.Holiday, "元旦（暂定）", true), held2026.Describe(D("2027-01-01")));
        Assert.Equal(new DayInfo(D("2027-10-01"), false, DayReason.Holiday, "国庆节（暂定）", true), held2026.Describe(D("2027-10-01")));
        Assert.False(held2026.IsWorkingDay(D("2027-10-01")));
    }

    [Fact]
    public void A_held_year_is_only_what_its_notice_says_even_without_a_statutory_day()
    {
        // 2026 held with no days at all: 1 October 2026 (Thursday) is then an ordinary working day, not provisional.
        var held2026 = new WorkingCalendar([CalendarYear.Create(2026, [], null, null, Now)]);

        Assert.Equal(new DayInfo(D("2026-10-01"), true, DayReason.Weekday, null, false), held2026.Describe(D("2026-10-01")));
    }

    [Fact]
    public void With_a_year_holds_it_in_place_of_the_copy_held_and_leaves_the_calendar_itself_unchanged()
    {
        var calendar = Official();
        var corrected = calendar.With(CalendarYear.Create(2025, [], null, null, Now));
        var added = calendar.With(CalendarYear.Create(2027, [MakeUp("2027-02-20", "春节")], null, null, Now));

        Assert.True(corrected.IsWorkingDay(D("2025-01-28")));   // the corrected 2025 names no holiday
        Assert.False(calendar.IsWorkingDay(D("2025-01-28")));   // the original still does
        Assert.False(corrected.IsWorkingDay(D("2024-10-02")));  // other years are kept
        Assert.True(added.IsKnownYear(2027));
        Assert.True(added.IsWorkingDay(D("2027-02-20")));
        Assert.True(added.IsWorkingDay(D("2027-10-01")) && !added.Describe(D("2027-10-01")).Provisional);
        Assert.False(calendar.IsKnownYear(2027));
        Assert.Throws<ArgumentNullException>(() => calendar.With(null!));
    }

    [Fact]
    public void Weekends_are_skipped()
    {
        // Friday 2024-03-08 + 1 → Monday 2024-03-11.
        Assert.Equal(D("2024-03-11"), Official().AddWorkingDays(D("2024-03-08"), 1));
        Assert.Equal(D("2024-03-15"), Official().AddWorkingDays(D("2024-03-08"), 5));
    }

    [Fact]
    public void A_holiday_on_a_weekday_is_not_a_working_day()
    {
        var info = Official().Describe(D("2024-10-02"));

        Assert.False(info.IsWorkingDay);
        Assert.Equal(DayReason.Holiday, info.Reason);
        Assert.Equal("国庆节", info.Name);
        Assert.False(info.Provisional);
    }

    [Fact]
    public void A_make_up_saturday_counts_as_a_working_day()
    {
        var calendar = Official();

        Assert.Equal(new DayInfo(D("2024-10-12"), true, DayReason.MakeUpWorkday, "国庆节", false), calendar.Describe(D("2024-10-12")));
        // Friday 11 October + 1 → the make-up Saturday.
        Assert.Equal(D("2024-10-12"), calendar.AddWorkingDays(D("2024-10-11"), 1));
    }

    [Fact]
    public void Ordinary_days_are_described_as_weekdays_and_weekends()
    {
        var calendar = Official();

        Assert.Equal(new DayInfo(D("2024-03-08"), true, DayReason.Weekday, null, false), calendar.Describe(D("2024-03-08")));
        Assert.Equal(new DayInfo(D("2024-03-09"), false, DayReason.Weekend, null, false), calendar.Describe(D("2024-03-09")));
    }

    [Theory]
    [InlineData("2024-03-08")] // a working Friday
    [InlineData("2024-10-12")] // a make-up Saturday
    [InlineData("2024-10-03")] // a holiday
    [InlineData("2024-03-10")] // a Sunday
    public void The_start_day_never_counts(string start)
    {
        var calendar = Official();
        var first = calendar.AddWorkingDays(D(start), 1);

        Assert.True(first > D(start));
        Assert.True(calendar.IsWorkingDay(first));
        for (var d = D(start).AddDays(1); d < first; d = d.AddDays(1))
        {
            Assert.False(calendar.IsWorkingDay(d));
        }
    }

    [Fact]
    public void A_year_the_calendar_does_not_hold_is_decided_by_its_statutory_holidays_and_weekends_and_is_provisional()
    {
        var calendar = Official();

        Assert.False(calendar.IsKnownYear(2031));
        // Without the year's notice 1–3 October 2031 (Wed–Fri) are its statutory days (中秋 falls on the first); the rest is
        // decided by the weekday.
        Assert.Equal(new DayInfo(D("2031-10-01"), false, DayReason.Holiday, "中秋节、国庆节（暂定）", true), calendar.Describe(D("2031-10-01")));
        Assert.Equal(new DayInfo(D("2031-10-02"), false, DayReason.Holiday, "国庆节（暂定）", true), calendar.Describe(D("2031-10-02")));
        Assert.Equal(new DayInfo(D("2031-10-08"), true, DayReason.Weekday, null, true), calendar.Describe(D("2031-10-08")));
        Assert.Equal(new DayInfo(D("2031-10-04"), false, DayReason.Weekend, null, true), calendar.Describe(D("2031-10-04")));
        Assert.Equal(D("2031-10-08"), calendar.AddWorkingDays(D("2031-10-01"), 3));
        Assert.True(calendar.IsProvisional(D("2031-10-01"), D("2031-10-06")));
        Assert.False(calendar.IsProvisional(D("2024-09-27"), D("2024-10-08")));
        Assert.True(calendar.IsProvisional(D("2025-12-30"), D("2026-01-02")));
        // From a year it does not hold into one it holds, and the same range given backwards.
        Assert.True(calendar.IsProvisional(D("2023-12-28"), D("2024-01-03")));
        Assert.True(calendar.IsProvisional(D("2024-01-03"), D("2023-12-28")));
    }

    [Fact]
    public void An_empty_calendar_counts_the_statutory_holidays_and_weekends()
    {
        // Friday 27 September 2024: Monday 30 September, then 1–3 October are statutory days → Friday 4, Monday 7 October.
        Assert.Equal(D("2024-10-07"), WorkingCalendar.Empty.AddWorkingDays(D("2024-09-27"), 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(367)]
    public void The_number_of_days_must_be_between_1_and_366(int days)
    {
        var e = Assert.Throws<DomainRuleException>(() => Official().AddWorkingDays(D("2024-01-02"), days));
        Assert.Equal("calendar.days-invalid", e.Code);
        Assert.Contains("between 1 and 366", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_366_working_days_is_allowed()
    {
        // 2025 and 2026 held with no days: weekdays only.
        var weekdaysOnly = new WorkingCalendar([CalendarYear.Create(2025, [], null, null, Now), CalendarYear.Create(2026, [], null, null, Now)]);
        Assert.Equal(D("2026-05-27"), weekdaysOnly.AddWorkingDays(D("2024-12-31"), 366));
    }
}

public sealed class CalendarYearTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.Parse("0195a3c4-0000-7000-8000-000000000001");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Creating_a_year_keeps_its_days_in_date_order_and_its_source()
    {
        var year = CalendarYear.Create(2024, [new(D("2024-10-01"), CalendarDayKind.Holiday, " 国庆节 "), new(D("2024-09-29"), CalendarDayKind.MakeUpWorkday, "国庆节")],
            " 国办发明电〔2023〕7号 ", Admin, Now);

        Assert.Equal(2024, year.Year);
        Assert.Equal("国办发明电〔2023〕7号", year.Source);
        Assert.Equal([D("2024-09-29"), D("2024-10-01")], year.Days.Select(d => d.Date));
        Assert.Equal("国庆节", year.Days[1].Name);
        Assert.Equal(Admin, year.CreatedBy);
    }

    [Fact]
    public void A_date_outside_the_year_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => CalendarYear.Create(2024, [new(D("2025-01-01"), CalendarDayKind.Holiday, "元旦")], null, null, Now));
        Assert.Equal("calendar.date-outside-year", e.Code);
    }

    [Fact]
    public void The_same_date_twice_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => CalendarYear.Create(2024,
            [new(D("2024-01-01"), CalendarDayKind.Holiday, "元旦"), new(D("2024-01-01"), CalendarDayKind.Holiday, "元旦")], null, null, Now));
        Assert.Equal("calendar.duplicate-date", e.Code);
    }

    [Fact]
    public void A_make_up_working_day_on_a_weekday_is_refused()
    {
        // 2024-10-08 is a Tuesday.
        var e = Assert.Throws<DomainRuleException>(() => CalendarYear.Create(2024, [new(D("2024-10-08"), CalendarDayKind.MakeUpWorkday, "国庆节")], null, null, Now));
        Assert.Equal("calendar.makeup-not-weekend", e.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("这是一个非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常长的名字")]
    public void A_day_needs_a_name_of_at_most_50_characters(string name)
    {
        var e = Assert.Throws<DomainRuleException>(() => new CalendarDay(D("2024-01-01"), CalendarDayKind.Holiday, name));
        Assert.Equal("calendar.name-invalid", e.Code);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => new CalendarDay(D("2024-01-01"), (CalendarDayKind)7, "元旦"));
        Assert.Equal("calendar.kind-invalid", e.Code);
    }

    [Fact]
    public void Replacing_the_days_keeps_unchanged_dates_changes_others_and_drops_the_rest()
    {
        var year = CalendarYear.Create(2024, [new(D("2024-01-01"), CalendarDayKind.Holiday, "元旦"), new(D("2024-06-10"), CalendarDayKind.Holiday, "端午")], "旧", null, Now);
        var newYear = year.Days[0];

        year.ReplaceDays([new(D("2024-06-10"), CalendarDayKind.Holiday, "端午节"), new(D("2024-01-01"), CalendarDayKind.Holiday, "元旦"), new(D("2024-09-14"), CalendarDayKind.MakeUpWorkday, "中秋节")],
            "国办发明电〔2023〕7号", Admin, Now.AddDays(1));

        Assert.Equal([D("2024-01-01"), D("2024-06-10"), D("2024-09-14")], year.Days.Select(d => d.Date));
        Assert.Same(newYear, year.Days[0]);
        Assert.Equal("端午节", year.Days[1].Name);
        Assert.Equal("国办发明电〔2023〕7号", year.Source);
        Assert.Equal(Admin, year.UpdatedBy);
        Assert.Equal(Now.AddDays(1), year.UpdatedAt);
    }

    [Fact]
    public void A_refused_replacement_changes_nothing()
    {
        var year = CalendarYear.Create(2024, [new(D("2024-01-01"), CalendarDayKind.Holiday, "元旦")], "旧", null, Now);

        Assert.Throws<DomainRuleException>(() => year.ReplaceDays([new(D("2024-05-01"), CalendarDayKind.Holiday, "劳动节"), new(D("2023-05-02"), CalendarDayKind.Holiday, "劳动节")], "新", Admin, Now));

        Assert.Equal([D("2024-01-01")], year.Days.Select(d => d.Date));
        Assert.Equal("旧", year.Source);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void A_year_outside_the_supported_range_is_refused(int y)
    {
        var e = Assert.Throws<DomainRuleException>(() => CalendarYear.Create(y, [], null, null, Now));
        Assert.Equal("calendar.year-invalid", e.Code);
    }
}
