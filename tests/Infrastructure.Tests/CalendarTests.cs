using InvestPromo.Application.Calendar;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Calendar;
using InvestPromo.Infrastructure.Calendar;
using InvestPromo.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The official calendar shipped with the product, its seeding, and the cached working calendar.</summary>
public sealed class CalendarTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static CalendarYearFile Year(int year) => ShippedCalendar.Years.Single(y => y.Year == year);

    private static WorkingCalendar Shipped() => new(ShippedCalendar.Years.Select(y =>
        CalendarYear.Create(y.Year, y.Days!.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)), y.Source, null, SqliteTestHost.Start)));

    [Fact]
    public void The_shipped_calendar_holds_every_year_from_2020_to_2026_once_with_its_source()
    {
        Assert.Equal(Enumerable.Range(2020, 7), ShippedCalendar.Years.Select(y => y.Year));
        Assert.All(ShippedCalendar.Years, y => Assert.StartsWith("国办发明电〔", y.Source, StringComparison.Ordinal));
        Assert.Equal("国办发明电〔2023〕7号", Year(2024).Source);
        Assert.Contains("国办发明电〔2020〕1号", Year(2020).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_year_is_accepted_by_the_domain_and_by_the_validator()
    {
        var validator = new CalendarYearFileValidator();
        foreach (var year in ShippedCalendar.Years)
        {
            var result = validator.Validate(year);
            Assert.True(result.IsValid, $"{year.Year}: {string.Join("; ", result.Errors)}");
            _ = CalendarYear.Create(year.Year, year.Days!.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)), year.Source, null, SqliteTestHost.Start);
        }
    }

    [Fact]
    public void Every_shipped_make_up_working_day_is_a_saturday_or_a_sunday()
    {
        var makeUps = ShippedCalendar.Years.SelectMany(y => y.Days!).Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).ToList();

        Assert.Equal(6 + 7 + 7 + 7 + 8 + 5 + 6, makeUps.Count);
        Assert.All(makeUps, d => Assert.True(WorkingCalendar.IsWeekend(d.Date), $"{d.Date} is a weekday"));
    }

    [Theory]
    [InlineData(2020, 30)]
    [InlineData(2021, 31)]
    [InlineData(2022, 32)] // with 2022-12-31, the first day of 2023's New Year break
    [InlineData(2023, 26)]
    [InlineData(2024, 28)]
    [InlineData(2025, 28)]
    [InlineData(2026, 33)]
    public void Each_shipped_year_has_its_number_of_holiday_days(int year, int holidays)
    {
        Assert.Equal(holidays, Year(year).Days!.Count(d => d.Kind == CalendarDayKind.Holiday));
    }

    [Theory]
    [InlineData(2024, "2024-10-01", "2024-10-07")]
    [InlineData(2025, "2025-10-01", "2025-10-08")]
    [InlineData(2026, "2026-10-01", "2026-10-07")]
    [InlineData(2024, "2024-02-10", "2024-02-17")]
    [InlineData(2025, "2025-01-28", "2025-02-04")]
    [InlineData(2026, "2026-02-15", "2026-02-23")]
    [InlineData(2020, "2020-01-24", "2020-02-02")] // extended by the State Council because of COVID-19
    public void Golden_weeks_are_off_every_day(int year, string from, string to)
    {
        var calendar = Shipped();
        for (var d = D(from); d <= D(to); d = d.AddDays(1))
        {
            var info = calendar.Describe(d);
            Assert.False(info.IsWorkingDay, $"{d} is a working day");
            Assert.Equal(DayReason.Holiday, info.Reason);
        }

        Assert.False(calendar.IsProvisional(D(from), D(to)));
        Assert.Equal(year, D(from).Year);
    }

    [Theory]
    [InlineData("2024-09-27", "2024-10-08")]
    [InlineData("2025-01-27", "2025-02-07")]
    [InlineData("2024-02-02", "2024-02-06")]
    [InlineData("2026-09-30", "2026-10-10")] // Saturday 10 October 2026 is worked and is the third day
    [InlineData("2023-09-28", "2023-10-09")] // 29 September – 6 October off; Saturday 7 and Sunday 8 October worked
    public void The_review_deadlines_on_the_shipped_calendar(string submitted, string due)
    {
        Assert.Equal(D(due), ReviewDeadline.DueOn(D(submitted), Shipped()));
    }

    [Fact]
    public async Task Seeding_adds_the_calendar_once_and_keeps_an_admins_correction()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            Assert.Equal(Enumerable.Range(2020, 7), await db.CalendarYears.OrderBy(y => y.Year).Select(y => y.Year).ToListAsync());
            var year = await db.CalendarYears.SingleAsync(y => y.Year == 2024);
            Assert.Equal(36, year.Days.Count);

            year.ReplaceDays([new CalendarDay(D("2024-01-01"), CalendarDayKind.Holiday, "元旦")], "更正", host.User.UserId, host.Clock.GetUtcNow());
            db.Entry(year).Property(y => y.UpdatedAt).IsModified = true;
            db.CalendarYears.Remove(await db.CalendarYears.SingleAsync(y => y.Year == 2021));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await host.SeedAsync();
        await host.SeedAsync();

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            Assert.Equal(7, await db.CalendarYears.CountAsync());
            var corrected = await db.CalendarYears.AsNoTracking().SingleAsync(y => y.Year == 2024);
            Assert.Equal("更正", corrected.Source);
            Assert.Equal(1, corrected.Version);
            Assert.Equal(D("2024-01-01"), Assert.Single(corrected.Days).Date);
            Assert.Equal(31, (await db.CalendarYears.AsNoTracking().SingleAsync(y => y.Year == 2021)).Days.Count(d => d.Kind == CalendarDayKind.Holiday));
        }
    }

    [Fact]
    public async Task The_working_calendar_sees_a_saved_year_from_another_scope()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        await using (var scope = host.Scope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendar>();
            // 2027 is not held: its provisional statutory days (国庆 1–3 October) count.
            Assert.Equal(D("2027-10-07"), await calendar.AddWorkingDaysAsync(D("2027-09-30"), 4, CancellationToken.None));
            Assert.False((await scope.ServiceProvider.GetRequiredService<IWorkingCalendarSource>().GetAsync(CancellationToken.None)).IsKnownYear(2027));
        }

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            db.CalendarYears.Add(CalendarYear.Create(2027, [new CalendarDay(D("2027-10-01"), CalendarDayKind.Holiday, "国庆节"), new CalendarDay(D("2027-10-04"), CalendarDayKind.Holiday, "国庆节")], null, null, host.Clock.GetUtcNow()));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await using (var scope = host.Scope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendar>();
            Assert.Equal(D("2027-10-08"), await calendar.AddWorkingDaysAsync(D("2027-09-30"), 4, CancellationToken.None));
        }

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var year = await db.CalendarYears.SingleAsync(y => y.Year == 2027);
            year.ReplaceDays(
                [
                    new CalendarDay(D("2027-10-01"), CalendarDayKind.Holiday, "国庆节"), new CalendarDay(D("2027-10-04"), CalendarDayKind.Holiday, "国庆节"),
                    new CalendarDay(D("2027-10-05"), CalendarDayKind.Holiday, "国庆节"),
                ],
                null,
                null,
                host.Clock.GetUtcNow());
            db.Entry(year).Property(y => y.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await using (var scope = host.Scope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendar>();
            Assert.Equal(D("2027-10-11"), await calendar.AddWorkingDaysAsync(D("2027-09-30"), 4, CancellationToken.None));
        }
    }
}
