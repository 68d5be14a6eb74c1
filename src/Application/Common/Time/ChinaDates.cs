namespace InvestPromo.Application.Common.Time;

/// <summary>Dates as the center sees them: on China Standard Time (Asia/Shanghai, UTC+8, no daylight saving).</summary>
public static class ChinaDates
{
    public const string ZoneId = "Asia/Shanghai";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The China calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>00:00 China time of a date, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The end of a date in China time: the next day's 00:00, as a UTC instant (exclusive bound).</summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));

    /// <summary>Monday 00:00 China time of the week holding the instant, as a UTC instant.</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset instant)
    {
        var today = DateOf(instant);
        var sinceMonday = ((int)today.DayOfWeek + 6) % 7;
        return StartOf(today.AddDays(-sinceMonday));
    }
}
