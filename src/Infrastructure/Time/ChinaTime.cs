namespace InvestPromo.Infrastructure.Time;

/// <summary>All schedules of the center run on China Standard Time (Asia/Shanghai, UTC+8, no DST).</summary>
public static class ChinaTime
{
    public const string ZoneId = "Asia/Shanghai";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
}
