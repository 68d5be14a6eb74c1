using System.Globalization;
using System.Text.Json;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.UnitTests;

/// <summary>
/// The statutory holidays placed for a year without a notice (《全国年节及纪念日放假办法》 as amended in 2024). The expected
/// dates are written out by hand from the lunar calendar and the solar terms as published, never computed by the code
/// under test.
/// </summary>
public sealed class StatutoryHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static (string Date, string Festival)[] Placed(int year) =>
        [.. StatutoryHolidays.For(year).Select(h => (h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Festival))];

    [Fact]
    public void The_statutory_days_of_2027()
    {
        // 春节: lunar new year is Saturday 6 February; 除夕 is Friday 5 February, 腊月二十九 (the twelfth month has 29 days).
        Assert.Equal(
        [
            ("2027-01-01", "元旦"),
            ("2027-02-05", "春节"), ("2027-02-06", "春节"), ("2027-02-07", "春节"), ("2027-02-08", "春节"),
            ("2027-04-05", "清明节"),
            ("2027-05-01", "劳动节"), ("2027-05-02", "劳动节"),
            ("2027-06-09", "端午节"),
            ("2027-09-15", "中秋节"),
            ("2027-10-01", "国庆节"), ("2027-10-02", "国庆节"), ("2027-10-03", "国庆节"),
        ], Placed(2027));
    }

    [Fact]
    public void The_statutory_days_of_2028_a_year_with_a_leap_fifth_month_and_中秋_on_3_October()
    {
        // 2028 has 闰五月: 端午 (5/5) is in the ordinary fifth month, 28 May; 中秋 (8/15) comes after the leap month, on
        // 3 October, the same day as the third 国庆 day: one day off, named as the notices name a joint break.
        // 春节: lunar new year is Wednesday 26 January; 除夕 25 January is 腊月二十九.
        Assert.Equal(
        [
            ("2028-01-01", "元旦"),
            ("2028-01-25", "春节"), ("2028-01-26", "春节"), ("2028-01-27", "春节"), ("2028-01-28", "春节"),
            ("2028-04-04", "清明节"),
            ("2028-05-01", "劳动节"), ("2028-05-02", "劳动节"),
            ("2028-05-28", "端午节"),
            ("2028-10-01", "国庆节"), ("2028-10-02", "国庆节"), ("2028-10-03", "中秋节、国庆节"),
        ], Placed(2028));
    }

    [Fact]
    public void The_statutory_days_of_2029()
    {
        // 春节: lunar new year is Tuesday 13 February; 除夕 12 February is 腊月二十九.
        Assert.Equal(
        [
            ("2029-01-01", "元旦"),
            ("2029-02-12", "春节"), ("2029-02-13", "春节"), ("2029-02-14", "春节"), ("2029-02-15", "春节"),
            ("2029-04-04", "清明节"),
            ("2029-05-01", "劳动节"), ("2029-05-02", "劳动节"),
            ("2029-06-16", "端午节"),
            ("2029-09-22", "中秋节"),
            ("2029-10-01", "国庆节"), ("2029-10-02", "国庆节"), ("2029-10-03", "国庆节"),
        ], Placed(2029));
    }

    [Fact]
    public void The_statutory_days_of_2030()
    {
        // 春节: lunar new year is Sunday 3 February; 除夕 2 February is 腊月三十 (a long twelfth month).
        Assert.Equal(
        [
            ("2030-01-01", "元旦"),
            ("2030-02-02", "春节"), ("2030-02-03", "春节"), ("2030-02-04", "春节"), ("2030-02-05", "春节"),
            ("2030-04-05", "清明节"),
            ("2030-05-01", "劳动节"), ("2030-05-02", "劳动节"),
            ("2030-06-05", "端午节"),
            ("2030-09-12", "中秋节"),
            ("2030-10-01", "国庆节"), ("2030-10-02", "国庆节"), ("2030-10-03", "国庆节"),
        ], Placed(2030));
    }

    [Theory]
    [InlineData(2027, "2027-02-05", 29)] // 2025–2029 have no 大年三十: 除夕 is 腊月二十九
    [InlineData(2028, "2028-01-25", 29)]
    [InlineData(2029, "2029-02-12", 29)]
    [InlineData(2030, "2030-02-02", 30)]
    [InlineData(2024, "2024-02-09", 30)]
    [InlineData(2025, "2025-01-28", 29)]
    public void 除夕_is_the_day_before_lunar_new_year_whether_the_twelfth_month_has_29_or_30_days(int year, string eve, int lunarDay)
    {
        Assert.Equal(D(eve), StatutoryHolidays.ChineseNewYearsEve(year));
        var lunar = new ChineseLunisolarCalendar();
        var at = D(eve).ToDateTime(TimeOnly.MinValue);
        Assert.Equal(lunarDay, lunar.GetDayOfMonth(at));
        Assert.Equal(year - 1, lunar.GetYear(at));
    }

    [Theory]
    [InlineData(2020, 5, 5, "2020-06-25")] // 闰四月: the fifth month is .NET's sixth
    [InlineData(2020, 8, 15, "2020-10-01")] // 中秋 on 国庆 day 1 in 2020
    [InlineData(2023, 5, 5, "2023-06-22")] // 闰二月
    [InlineData(2023, 8, 15, "2023-09-29")]
    [InlineData(2025, 5, 5, "2025-05-31")] // 闰六月: 端午 before it, 中秋 after
    [InlineData(2025, 8, 15, "2025-10-06")]
    [InlineData(2028, 5, 5, "2028-05-28")] // 闰五月: the month itself comes before its leap
    [InlineData(2028, 8, 15, "2028-10-03")]
    [InlineData(2024, 5, 5, "2024-06-10")] // no leap month
    [InlineData(2024, 8, 15, "2024-09-17")]
    [InlineData(2033, 8, 15, "2033-09-08")] // 闰十一月 (the 2033 problem): months before it are unshifted
    public void Lunar_dates_count_months_as_people_do_across_a_leap_month(int year, int month, int day, string expected)
    {
        Assert.Equal(D(expected), StatutoryHolidays.LunarDate(year, month, day));
    }

    /// <summary>
    /// 2019 is not in calendar-cn.json (it ships 2020–2026), so its notice is written out here: 国办发明电〔2018〕15号 with
    /// 国办发明电〔2019〕2号 (劳动节 extended to 1–4 May). Every day placed by the 2024 rule is a holiday of that notice. The
    /// amendment's additions (除夕, 2 May) happen to be in it as well: 2019's notice gave 除夕 (4 February) and 1–4 May.
    /// </summary>
    [Fact]
    public void Every_day_placed_for_2019_is_a_holiday_of_the_2019_notice()
    {
        var notice = new HashSet<DateOnly>();
        void Off(string from, string to)
        {
            for (var d = D(from); d <= D(to); d = d.AddDays(1))
            {
                notice.Add(d);
            }
        }

        Off("2019-01-01", "2019-01-01"); // 元旦 (30 December 2018 – 1 January)
        Off("2019-02-04", "2019-02-10"); // 春节 with 除夕
        Off("2019-04-05", "2019-04-07"); // 清明
        Off("2019-05-01", "2019-05-04"); // 劳动节
        Off("2019-06-07", "2019-06-09"); // 端午
        Off("2019-09-13", "2019-09-15"); // 中秋
        Off("2019-10-01", "2019-10-07"); // 国庆

        var placed = StatutoryHolidays.For(2019).Select(h => h.Date).ToList();
        Assert.Equal(
            [D("2019-01-01"), D("2019-02-04"), D("2019-02-05"), D("2019-02-06"), D("2019-02-07"), D("2019-04-05"), D("2019-05-01"), D("2019-05-02"),
             D("2019-06-07"), D("2019-09-13"), D("2019-10-01"), D("2019-10-02"), D("2019-10-03")],
            placed);
        Assert.All(placed, d => Assert.Contains(d, notice));

        // Read as a provisional year, each of them is a holiday; a make-up Sunday of the notice (29 September) is not assumed.
        var calendar = WorkingCalendar.Empty;
        Assert.All(placed, d => Assert.Equal(DayReason.Holiday, calendar.Describe(d).Reason));
        Assert.Equal(new DayInfo(D("2019-09-29"), false, DayReason.Weekend, null, true), calendar.Describe(D("2019-09-29")));
    }

    /// <summary>
    /// Against the notices the product ships (calendar-cn.json, 2020–2026): each day placed by law is a holiday of that year's
    /// notice, except the amendment's additions under the old law (to 2024): 除夕 was off only when a notice chose so (2024's
    /// 9 February was a working day), and 2 May only when the notice made a long break of 劳动节.
    /// </summary>
    [Fact]
    public void Every_day_placed_for_2020_to_2026_is_a_holiday_of_the_shipped_notices_except_the_2024_amendments_additions()
    {
        var notices = ShippedNotices();
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], notices.Keys.Order());
        foreach (var (year, holidays) in notices)
        {
            foreach (var placed in StatutoryHolidays.For(year))
            {
                var addedBy2024Amendment = year < 2025
                    && (placed.Date == StatutoryHolidays.ChineseNewYearsEve(year) || placed.Date == new DateOnly(year, 5, 2));
                if (!addedBy2024Amendment)
                {
                    Assert.True(holidays.Contains(placed.Date), $"{placed.Date:yyyy-MM-dd} {placed.Festival} is not a holiday of the {year} notice");
                }
            }
        }

        // Under the amended law (2025, 2026) there is no exception at all.
        Assert.All(StatutoryHolidays.For(2025).Concat(StatutoryHolidays.For(2026)), h => Assert.Contains(h.Date, notices[h.Date.Year]));
    }

    [Fact]
    public void The_held_years_清明_is_the_solar_term_of_the_notice()
    {
        var notices = ShippedNotices();
        foreach (var year in notices.Keys)
        {
            Assert.Contains(SolarTerms.Qingming(year), notices[year]);
        }
    }

    [Theory]
    [InlineData(2008, "2008-04-04")]
    [InlineData(2009, "2009-04-04")] // 23:34 China time by this theory: the closest to midnight of recent years
    [InlineData(2010, "2010-04-05")]
    [InlineData(2011, "2011-04-05")]
    [InlineData(2012, "2012-04-04")]
    [InlineData(2013, "2013-04-04")]
    [InlineData(2014, "2014-04-05")]
    [InlineData(2015, "2015-04-05")]
    [InlineData(2016, "2016-04-04")]
    [InlineData(2017, "2017-04-04")]
    [InlineData(2018, "2018-04-05")]
    [InlineData(2019, "2019-04-05")]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-04")]
    [InlineData(2030, "2030-04-05")]
    public void 清明_falls_on_its_published_date(int year, string date)
    {
        Assert.Equal(D(date), SolarTerms.Qingming(year));
    }

    [Theory]
    [InlineData(2024, "2024-04-04T15:02:00+08:00")]
    [InlineData(2025, "2025-04-04T20:48:00+08:00")]
    [InlineData(2026, "2026-04-05T02:40:00+08:00")]
    public void 清明_is_within_a_quarter_of_an_hour_of_its_published_instant(int year, string published)
    {
        var off = SolarTerms.QingmingAt(year) - DateTimeOffset.Parse(published, CultureInfo.InvariantCulture);

        Assert.InRange(off.TotalMinutes, -15, 15);
    }

    /// <summary>
    /// The 寿星 formula of the 清明 date, an independent check for every year the calendar places: day = [Y×0.2422+C]−[Y/4]
    /// in April, Y the year within its century (1901–2000: Y = year−1900, C = 5.59; 2001–2099: Y = year−2000, C = 4.81).
    /// </summary>
    [Fact]
    public void 清明_agrees_with_the_寿星_formula_from_1901_to_2099()
    {
        for (var year = 1901; year <= 2099; year++)
        {
            var y = year <= 2000 ? year - 1900 : year - 2000;
            var c = year <= 2000 ? 5.59 : 4.81;
            var day = (int)Math.Floor((y * 0.2422) + c) - (y / 4);
            Assert.True(new DateOnly(year, 4, day) == SolarTerms.Qingming(year), $"{year}: formula 4-{day}, computed {SolarTerms.Qingming(year):MM-dd}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(90)]
    [InlineData(359.9)]
    public void The_sun_reaches_the_longitude_asked_for(double longitude)
    {
        var guess = new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero).AddDays(longitude * 365.2422 / 360);
        var at = SolarTerms.SunReaches(longitude, guess);
        var jde = 2440587.5 + (at - DateTimeOffset.UnixEpoch).TotalDays;
        var reached = SolarTerms.ApparentLongitude(jde);

        Assert.InRange(Math.Abs(((reached - longitude + 540) % 360) - 180), 0, 1e-5);
        Assert.InRange((at - guess).TotalDays, -3, 3);
    }

    [Fact]
    public void The_sun_is_at_0_degrees_at_the_March_equinox_and_the_longitude_stays_in_range()
    {
        // The March equinox of 2027: 20 March 20:25 UTC (published); the theory is good to a quarter of an hour.
        var equinox = SolarTerms.SunReaches(0, new DateTimeOffset(2027, 3, 18, 0, 0, 0, TimeSpan.Zero));
        Assert.InRange((equinox - new DateTimeOffset(2027, 3, 20, 20, 25, 0, TimeSpan.Zero)).TotalMinutes, -15, 15);

        for (var jde = 2451545.0; jde < 2451545.0 + 400; jde += 7.3)
        {
            Assert.InRange(SolarTerms.ApparentLongitude(jde), 0, 360 - 1e-12);
        }
    }

    /// <summary>Meeus, Astronomical Algorithms, example 25.a: 1992 October 13.0 TD (JDE 2448908.5), apparent longitude 199.90895°.</summary>
    [Fact]
    public void The_suns_apparent_longitude_matches_Meeus_example_25a()
    {
        Assert.Equal(199.90895, SolarTerms.ApparentLongitude(2448908.5), 0.00002);

        // Before 2000 the mean longitude is negative before it is brought into [0, 360).
        for (var jde = 2415020.5; jde < 2451545.0; jde += 97.3)
        {
            Assert.InRange(SolarTerms.ApparentLongitude(jde), 0, 360 - 1e-12);
        }
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2101)]
    [InlineData(1949 - 100)]
    public void No_day_is_placed_outside_the_lunar_calendars_years(int year)
    {
        Assert.Empty(StatutoryHolidays.For(year));
        Assert.Null(StatutoryHolidays.FestivalOn(new DateOnly(year, 10, 1)));
        Assert.Equal(new DayInfo(new DateOnly(year, 1, 1), !WorkingCalendar.IsWeekend(new DateOnly(year, 1, 1)),
            WorkingCalendar.IsWeekend(new DateOnly(year, 1, 1)) ? DayReason.Weekend : DayReason.Weekday, null, true), WorkingCalendar.Empty.Describe(new DateOnly(year, 1, 1)));
    }

    [Theory]
    [InlineData(1901)]
    [InlineData(2100)]
    public void The_first_and_last_years_are_placed_in_full(int year)
    {
        var placed = StatutoryHolidays.For(year);

        Assert.InRange(placed.Count, 12, 13); // 13 days, 12 when 中秋 falls on 1–3 October
        Assert.All(placed, h => Assert.Equal(year, h.Date.Year));
        Assert.Equal(StatutoryHolidays.NewYear, StatutoryHolidays.FestivalOn(new DateOnly(year, 1, 1)));
    }

    [Fact]
    public void FestivalOn_names_the_festival_or_nothing()
    {
        Assert.Equal("春节", StatutoryHolidays.FestivalOn(D("2027-02-08")));
        Assert.Null(StatutoryHolidays.FestivalOn(D("2027-02-09")));
        Assert.Null(StatutoryHolidays.FestivalOn(D("2027-05-03")));
        Assert.Null(StatutoryHolidays.FestivalOn(D("2027-10-04")));
        Assert.Equal("劳动节", StatutoryHolidays.FestivalOn(D("2027-05-02")));
    }

    [Fact]
    public void The_2026_12_29_example_lands_after_元旦_2027_and_2027_10_01_is_not_a_working_day()
    {
        var held = new WorkingCalendar([CalendarYear.Create(2026, [], null, null, Now)]);

        Assert.Equal(D("2027-01-04"), held.AddWorkingDays(D("2026-12-29"), 3));
        Assert.NotEqual(D("2027-01-01"), held.AddWorkingDays(D("2026-12-29"), 3));
        Assert.False(held.IsWorkingDay(D("2027-10-01")));
        Assert.Equal(new DayInfo(D("2027-02-05"), false, DayReason.Holiday, "春节（暂定）", true), held.Describe(D("2027-02-05")));

        // Spring Festival 2027 is Friday 5 – Monday 8 February: Thursday 4 February + 1 working day is Tuesday 9 February (no make-up day assumed).
        Assert.Equal(D("2027-02-09"), held.AddWorkingDays(D("2027-02-04"), 1));
        Assert.Equal(D("2027-02-06"), ChinaTime.DateOf(new DateTimeOffset(2027, 2, 5, 16, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>The holidays of each year in calendar-cn.json, read from the source tree.</summary>
    private static Dictionary<int, HashSet<DateOnly>> ShippedNotices()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "src", "Infrastructure", "Persistence", "Seeding", "calendar-cn.json")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "src", "Infrastructure", "Persistence", "Seeding", "calendar-cn.json")));
        return json.RootElement.EnumerateArray().ToDictionary(
            y => y.GetProperty("year").GetInt32(),
            y => y.GetProperty("days").EnumerateArray()
                .Where(d => d.GetProperty("kind").GetString() == "Holiday")
                .Select(d => D(d.GetProperty("date").GetString()!))
                .ToHashSet());
    }
}
