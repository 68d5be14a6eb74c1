using System.Collections.Concurrent;
using System.Globalization;

namespace InvestPromo.Domain.Calendar;

/// <summary>One statutory holiday day placed for a year without an official notice.</summary>
public readonly record struct StatutoryHoliday(DateOnly Date, string Festival);

/// <summary>
/// The statutory holidays of 《全国年节及纪念日放假办法》 as amended in 2024 (国务院令第 795 号, from 2025), placed for a year
/// the calendar does not hold: 元旦 1 day (1 January); 春节 4 days (除夕 to 初三); 清明 1 day (the solar term,
/// <see cref="SolarTerms"/>); 劳动节 2 days (1–2 May); 端午 1 day (lunar 5/5); 中秋 1 day (lunar 8/15); 国庆 3 days
/// (1–3 October). Lunar dates come from <see cref="ChineseLunisolarCalendar"/>. These are the days off by law only: the
/// annual notice adds bridging days and make-up working days that cannot be known, so none are assumed, and a year placed
/// here is always provisional. Where two festivals fall on one day (中秋 on 1–3 October) the day is listed once, named as the
/// notices name a joint break (中秋节、国庆节). Outside <see cref="MinYear"/>–<see cref="MaxYear"/> (the lunar calendar's range) no holiday is placed.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>The first year placed: the lunar calendar begins at 1901's new year.</summary>
    public const int MinYear = 1901;

    /// <summary>The last year placed: the lunar calendar ends at the start of 2101.</summary>
    public const int MaxYear = 2100;

    public const string NewYear = "元旦";
    public const string SpringFestival = "春节";
    public const string Qingming = "清明节";
    public const string LabourDay = "劳动节";
    public const string DragonBoat = "端午节";
    public const string MidAutumn = "中秋节";
    public const string NationalDay = "国庆节";

    private static readonly ChineseLunisolarCalendar Lunar = new();
    private static readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> Cache = new();
    private static readonly IReadOnlyDictionary<DateOnly, string> None = new Dictionary<DateOnly, string>();

    /// <summary>The statutory holiday days of <paramref name="year"/>, in date order; none outside the supported years.</summary>
    public static IReadOnlyList<StatutoryHoliday> For(int year) =>
        [.. ByDate(year).OrderBy(d => d.Key).Select(d => new StatutoryHoliday(d.Key, d.Value))];

    /// <summary>The festival a date is a statutory holiday of, or null.</summary>
    public static string? FestivalOn(DateOnly date) => ByDate(date.Year).GetValueOrDefault(date);

    /// <summary>The date of lunar <paramref name="month"/>/<paramref name="day"/> of the lunar year beginning in <paramref name="year"/>, counting months as people do (a leap month repeats the month before it).</summary>
    public static DateOnly LunarDate(int year, int month, int day)
    {
        var leapMonth = Lunar.GetLeapMonth(year);

        // .NET numbers a leap year's 13 months in order: the leap month and every month after it are one higher.
        var index = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>除夕: the day before lunar new year, lunar 12/29 or 12/30 as the twelfth month is short or long.</summary>
    public static DateOnly ChineseNewYearsEve(int year) => LunarDate(year, 1, 1).AddDays(-1);

    private static IReadOnlyDictionary<DateOnly, string> ByDate(int year) =>
        year is < MinYear or > MaxYear ? None : Cache.GetOrAdd(year, Place);

    private static Dictionary<DateOnly, string> Place(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        void Add(DateOnly first, int count, string festival)
        {
            for (var i = 0; i < count; i++)
            {
                var date = first.AddDays(i);
                days[date] = days.TryGetValue(date, out var other) ? $"{other}、{festival}" : festival;
            }
        }

        Add(new DateOnly(year, 1, 1), 1, NewYear);
        Add(ChineseNewYearsEve(year), 4, SpringFestival);
        Add(SolarTerms.Qingming(year), 1, Qingming);
        Add(new DateOnly(year, 5, 1), 2, LabourDay);
        Add(LunarDate(year, 5, 5), 1, DragonBoat);
        Add(LunarDate(year, 8, 15), 1, MidAutumn);
        Add(new DateOnly(year, 10, 1), 3, NationalDay);
        return days;
    }
}
