namespace InvestPromo.Domain.Publications;

/// <summary>
/// The week a publication covers: Monday 00:00 to Sunday 24:00 China time (UTC+8 all year, no daylight saving).
/// An approval belongs to the week holding the China date of its instant.
/// </summary>
public static class PublicationWeek
{
    /// <summary>China Standard Time.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The Monday of the week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The Monday (China date) of the week holding the instant.</summary>
    public static DateOnly Containing(DateTimeOffset instant) => MondayOf(DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime));

    /// <summary>The Sunday ending the week that starts on <paramref name="monday"/>.</summary>
    public static DateOnly EndOf(DateOnly monday) => monday.AddDays(6);

    /// <summary>Monday 00:00 China time, as a UTC instant (inclusive bound).</summary>
    public static DateTimeOffset StartInstant(DateOnly monday) => StartInstantOfDay(monday);

    /// <summary>The next Monday 00:00 China time, as a UTC instant (exclusive bound).</summary>
    public static DateTimeOffset EndInstant(DateOnly monday) => StartInstant(monday.AddDays(7));

    /// <summary>00:00 China time of a date, as a UTC instant.</summary>
    public static DateTimeOffset StartInstantOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime();

    /// <summary>Whether the week starting on <paramref name="monday"/> has ended at <paramref name="now"/>.</summary>
    public static bool IsCompleted(DateOnly monday, DateTimeOffset now) => EndInstant(monday) <= now;
}
