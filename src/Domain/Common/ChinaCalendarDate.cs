namespace InvestPromo.Domain.Common;

/// <summary>
/// The China calendar date of an instant. China Standard Time (Asia/Shanghai) is UTC+8 with no daylight saving since 1991,
/// so the domain needs no time-zone database for it; Application's <c>ChinaDates</c> gives the same answer.
/// </summary>
public static class ChinaCalendarDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
