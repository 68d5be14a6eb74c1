using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Domain.UnitTests;

public sealed class PublicationTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static PublicationEntryData Entry(DateTimeOffset approvedAt, string name = "新能源电池项目") =>
        new(Guid.NewGuid(), approvedAt, name, "某某新能源有限公司", "高新区", "新能源", "广东省", 120_000_000m, ProjectStage.Signed);

    [Fact]
    public void An_approval_late_on_Sunday_China_time_belongs_to_the_week_ending_that_Sunday()
    {
        Assert.Equal(D("2025-03-03"), PublicationWeek.Containing(new DateTimeOffset(2025, 3, 9, 23, 30, 0, China)));
        Assert.Equal(D("2025-03-03"), PublicationWeek.Containing(new DateTimeOffset(2025, 3, 9, 15, 30, 0, TimeSpan.Zero))); // the same instant in UTC
    }

    [Fact]
    public void An_approval_just_after_Monday_midnight_China_time_belongs_to_the_next_week()
    {
        Assert.Equal(D("2025-03-10"), PublicationWeek.Containing(new DateTimeOffset(2025, 3, 10, 0, 10, 0, China)));
        Assert.Equal(D("2025-03-10"), PublicationWeek.Containing(new DateTimeOffset(2025, 3, 9, 16, 10, 0, TimeSpan.Zero))); // still Sunday in UTC
    }

    [Fact]
    public void A_week_runs_from_Monday_midnight_to_the_next_Monday_midnight_China_time()
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 0, 0, 0, China), PublicationWeek.StartInstant(D("2025-03-03")));
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, China), PublicationWeek.EndInstant(D("2025-03-03")));
        Assert.Equal(D("2025-03-09"), PublicationWeek.EndOf(D("2025-03-03")));
        Assert.False(PublicationWeek.IsCompleted(D("2025-03-03"), new DateTimeOffset(2025, 3, 9, 23, 59, 59, China)));
        Assert.True(PublicationWeek.IsCompleted(D("2025-03-03"), new DateTimeOffset(2025, 3, 10, 0, 0, 0, China)));
    }

    [Fact]
    public void Publishing_numbers_labels_and_snapshots_the_entries_in_order()
    {
        var now = new DateTimeOffset(2025, 3, 10, 9, 0, 0, China);
        var late = Entry(new DateTimeOffset(2025, 3, 9, 23, 30, 0, China), "乙项目");
        var early = Entry(new DateTimeOffset(2025, 3, 3, 8, 0, 0, China), "甲项目");

        var publication = Publication.Publish(D("2025-03-03"), Publication.NextNumber(11), [early, late], now, 5, D("2025-03-17"), null);

        Assert.Equal(2025, publication.Year);
        Assert.Equal(12, publication.Number);
        Assert.Equal("2025年第12期", publication.Label);
        Assert.Equal(D("2025-03-09"), publication.WeekEnd);
        Assert.Equal(D("2025-03-10"), publication.PublishedOn);
        Assert.Equal(2, publication.EntryCount);
        Assert.Equal(["甲项目", "乙项目"], publication.Entries.Select(e => e.ProjectName));
        Assert.Equal([1, 2], publication.Entries.Select(e => e.Position));
        Assert.All(publication.Entries, e => Assert.Equal(publication.Id, e.PublicationId));
    }

    [Fact]
    public void The_first_publication_of_a_year_is_number_one_and_a_week_counts_in_the_year_of_its_Monday()
    {
        var now = new DateTimeOffset(2025, 1, 6, 9, 0, 0, China);
        var publication = Publication.Publish(D("2024-12-30"), Publication.NextNumber(null), [Entry(new DateTimeOffset(2025, 1, 2, 10, 0, 0, China))], now, 5, D("2025-01-13"), null);

        Assert.Equal(2024, publication.Year);
        Assert.Equal(1, publication.Number);
        Assert.Equal("2024年第1期", publication.Label);
    }

    [Theory]
    [InlineData("2025-03-04", "publication.week-start-invalid")]
    [InlineData("2025-03-10", "publication.week-not-completed")] // the week running now
    public void Only_a_completed_week_starting_on_Monday_can_be_published(string weekStart, string code)
    {
        var now = new DateTimeOffset(2025, 3, 12, 9, 0, 0, China);
        var error = Assert.Throws<DomainRuleException>(() =>
            Publication.Publish(D(weekStart), 1, [Entry(new DateTimeOffset(2025, 3, 4, 9, 0, 0, China))], now, 5, D("2025-03-19"), null));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void An_empty_week_is_not_published()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Publication.Publish(D("2025-03-03"), 1, [], new DateTimeOffset(2025, 3, 10, 9, 0, 0, China), 5, D("2025-03-17"), null));
        Assert.Equal("publication.week-empty", error.Code);
    }

    [Fact]
    public void An_entry_approved_outside_the_week_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publication.Publish(
            D("2025-03-03"), 1, [Entry(new DateTimeOffset(2025, 3, 10, 0, 10, 0, China))], new DateTimeOffset(2025, 3, 17, 9, 0, 0, China), 5, D("2025-03-24"), null));
        Assert.Equal("publication.entry-outside-week", error.Code);
    }

    [Fact]
    public void The_publicity_period_must_end_after_the_publication_day()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publication.Publish(
            D("2025-03-03"), 1, [Entry(new DateTimeOffset(2025, 3, 4, 9, 0, 0, China))], new DateTimeOffset(2025, 3, 10, 9, 0, 0, China), 5, D("2025-03-10"), null));
        Assert.Equal("publication.publicity-invalid", error.Code);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-17")] // an ordinary week: the publication day does not count, five working days after it
    [InlineData("2024-09-30", "2024-10-12")] // National Day 1–7 October off, Saturday 12 October worked
    [InlineData("2025-01-27", "2025-02-10")] // Spring Festival 28 January – 4 February off, Saturday 8 February worked
    public void The_publicity_period_ends_five_working_days_after_the_publication_day_on_the_official_calendar(string publishedOn, string endsOn)
    {
        var calendar = Official();
        var end = calendar.AddWorkingDays(D(publishedOn), 5);
        Assert.Equal(D(endsOn), end);

        var now = new DateTimeOffset(D(publishedOn).ToDateTime(new TimeOnly(9, 0)), China);
        var monday = PublicationWeek.MondayOf(D(publishedOn).AddDays(-7));
        var publication = Publication.Publish(monday, 1, [Entry(new DateTimeOffset(monday.ToDateTime(new TimeOnly(10, 0)), China))], now, 5, end, null);
        Assert.True(publication.IsInPublicity(new DateTimeOffset(end.ToDateTime(new TimeOnly(23, 59, 59)), China)));
        Assert.False(publication.IsInPublicity(new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), China)));
    }

    private static WorkingCalendar Official()
    {
        var now = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
        static IEnumerable<CalendarDay> Range(string from, string to, string name)
        {
            for (var d = D(from); d <= D(to); d = d.AddDays(1))
            {
                yield return new CalendarDay(d, CalendarDayKind.Holiday, name);
            }
        }

        return new WorkingCalendar(
        [
            CalendarYear.Create(2024, [.. Range("2024-10-01", "2024-10-07", "国庆节"), new(D("2024-09-29"), CalendarDayKind.MakeUpWorkday, "国庆节"),
                new(D("2024-10-12"), CalendarDayKind.MakeUpWorkday, "国庆节")], "国办发明电〔2023〕7号", null, now),
            CalendarYear.Create(2025, [new(D("2025-01-01"), CalendarDayKind.Holiday, "元旦"), .. Range("2025-01-28", "2025-02-04", "春节"),
                new(D("2025-01-26"), CalendarDayKind.MakeUpWorkday, "春节"), new(D("2025-02-08"), CalendarDayKind.MakeUpWorkday, "春节")], "国办发明电〔2024〕12号", null, now),
        ]);
    }
}
