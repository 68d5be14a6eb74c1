using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar;

/// <summary>A holiday day or a make-up working day, as admins edit it and as an import file lists it.</summary>
public sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>One stored year of the calendar with its days.</summary>
public sealed record CalendarYearDto(int Year, string? Source, IReadOnlyList<CalendarDayDto> Days, int Version);

/// <summary>One stored year, summarised.</summary>
public sealed record CalendarYearSummaryDto(int Year, int Holidays, int MakeUpWorkdays, string? Source, int Version);

public static class CalendarMapping
{
    public static CalendarYearDto ToDto(this CalendarYear year) =>
        new(year.Year, year.Source, [.. year.Days.OrderBy(d => d.Date).Select(d => new CalendarDayDto(d.Date, d.Kind, d.Name))], year.Version);
}
