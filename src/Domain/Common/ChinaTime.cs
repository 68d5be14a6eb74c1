namespace InvestPromo.Domain.Common;

/// <summary>
/// China Standard Time, the one definition every layer uses: UTC+8 all year (Asia/Shanghai has had no daylight saving
/// since 1991), so dates and day bounds need no time-zone database; <see cref="Zone"/> is for schedulers (Hangfire's
/// recurring jobs) that take one.
/// </summary>
public static class ChinaTime
{
    /// <summary>The IANA id of China's time zone.</summary>
    public const string ZoneId = "Asia/Shanghai";

    /// <summary>China's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private static readonly Lazy<TimeZoneInfo> LazyZone = new(() => TimeZoneInfo.FindSystemTimeZoneById(ZoneId));

    /// <summary>The time zone <see cref="ZoneId"/> from the system's database (read on first use).</summary>
    public static TimeZoneInfo Zone => LazyZone.Value;

    /// <summary>The instant as China wall-clock time (offset +08:00).</summary>
    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The China calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    /// <summary><paramref name="time"/> on <paramref name="date"/> in China, as a UTC instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();

    /// <summary>00:00 China time of a date, as a UTC instant (inclusive bound).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => At(date, TimeOnly.MinValue);

    /// <summary>The end of a date in China: the next day's 00:00 China time, as a UTC instant (exclusive bound).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    /// <summary>The Monday of the (Monday to Sunday) week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Monday 00:00 China time of the week holding the instant, as a UTC instant.</summary>
    public static DateTimeOffset StartOfWeek(DateTimeOffset instant) => StartOfDay(MondayOf(DateOf(instant)));
}
