using InvestPromo.Application.Calendar;

namespace InvestPromo.Infrastructure.Calendar;

/// <summary>
/// China's official calendar 2020–2026 as shipped with the product (Persistence/Seeding/calendar-cn.json): every holiday
/// day and make-up working day of the State Council's annual notices, with each notice's number. 2020's Spring Festival
/// runs to February 2 as extended by 国办发明电〔2020〕1号 (which also cancelled the make-up day of Saturday February 1).
/// </summary>
public static class ShippedCalendar
{
    public const string ResourceName = "InvestPromo.Infrastructure.Persistence.Seeding.calendar-cn.json";

    private static readonly Lazy<IReadOnlyList<CalendarYearFile>> Cached = new(Load);

    public static IReadOnlyList<CalendarYearFile> Years => Cached.Value;

    private static List<CalendarYearFile> Load()
    {
        using var stream = typeof(ShippedCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return [.. CalendarYearFile.ParseMany(buffer.ToArray())];
    }
}
