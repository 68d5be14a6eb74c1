using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Calendar;

/// <summary>
/// One year of China's official calendar as the State Council's notice (国务院办公厅关于某年部分节假日安排的通知)
/// sets it: the holiday days and the make-up working days. Every other day is decided by the weekday.
/// </summary>
public sealed class CalendarYear : AuditableEntity
{
    public const int MinYear = 1949;
    public const int MaxYear = 2199;
    public const int SourceMaxLength = 200;

    private readonly List<CalendarDay> _days = [];

    private CalendarYear()
    {
    }

    public int Year { get; private set; }

    /// <summary>The document the days come from, e.g. 国办发明电〔2023〕7号.</summary>
    public string? Source { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    /// <summary>The named days, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days => _days;

    public static CalendarYear Create(int year, IEnumerable<CalendarDay> days, string? source, Guid? by, DateTimeOffset now)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw DomainRuleException.Invalid("calendar.year-invalid", $"The year must be between {MinYear} and {MaxYear}.");
        }

        var calendarYear = new CalendarYear { Year = year };
        calendarYear.Apply(days, source);
        calendarYear.Stamp(by, now);
        return calendarYear;
    }

    /// <summary>Replaces the year's days and source (an admin's correction). Days kept by date are changed in place.</summary>
    public void ReplaceDays(IEnumerable<CalendarDay> days, string? source, Guid? by, DateTimeOffset now)
    {
        Apply(days, source);
        UpdatedAt = now;
        UpdatedBy = by;
    }

    private void Apply(IEnumerable<CalendarDay> days, string? source)
    {
        var checkedSource = Guard.OptionalText(source, SourceMaxLength, "calendar.source-invalid", "The source");
        var incoming = Check(Year, days);

        var byDate = incoming.ToDictionary(d => d.Date);
        _days.RemoveAll(d => !byDate.ContainsKey(d.Date));
        foreach (var existing in _days)
        {
            var replacement = byDate[existing.Date];
            existing.Change(replacement.Kind, replacement.Name);
            byDate.Remove(existing.Date);
        }

        _days.AddRange(byDate.Values);
        _days.Sort((a, b) => a.Date.CompareTo(b.Date));
        Source = checkedSource;
    }

    private static List<CalendarDay> Check(int year, IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        var seen = new HashSet<DateOnly>();
        foreach (var day in list)
        {
            ArgumentNullException.ThrowIfNull(day);
            if (day.Date.Year != year)
            {
                throw DomainRuleException.Conflict("calendar.date-outside-year", $"{day.Date:yyyy-MM-dd} is not in {year}.");
            }

            if (!seen.Add(day.Date))
            {
                throw DomainRuleException.Conflict("calendar.duplicate-date", $"{day.Date:yyyy-MM-dd} is listed twice.");
            }

            if (day.Kind == CalendarDayKind.MakeUpWorkday && !WorkingCalendar.IsWeekend(day.Date))
            {
                throw DomainRuleException.Conflict("calendar.makeup-not-weekend", $"{day.Date:yyyy-MM-dd} is a weekday; a make-up working day must be a Saturday or Sunday.");
            }
        }

        return list;
    }
}
