using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Publications;

/// <summary>
/// The week a publication covers: Monday 00:00 to Sunday 24:00 China time (UTC+8 all year, no daylight saving).
/// An approval belongs to the week holding the China date of its instant.
/// </summary>
public static class PublicationWeek
{
    /// <summary>The Monday of the week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => ChinaTime.MondayOf(date);

    /// <summary>The Monday (China date) of the week holding the instant.</summary>
    public static DateOnly Containing(DateTimeOffset instant) => MondayOf(ChinaTime.DateOf(instant));

    /// <summary>The Sunday ending the week that starts on <paramref name="monday"/>.</summary>
    public static DateOnly EndOf(DateOnly monday) => monday.AddDays(6);

    /// <summary>Monday 00:00 China time, as a UTC instant (inclusive bound).</summary>
    public static DateTimeOffset StartInstant(DateOnly monday) => ChinaTime.StartOfDay(monday);

    /// <summary>The next Monday 00:00 China time, as a UTC instant (exclusive bound).</summary>
    public static DateTimeOffset EndInstant(DateOnly monday) => StartInstant(monday.AddDays(7));

    /// <summary>Whether the week starting on <paramref name="monday"/> has ended at <paramref name="now"/>.</summary>
    public static bool IsCompleted(DateOnly monday, DateTimeOffset now) => EndInstant(monday) <= now;
}
