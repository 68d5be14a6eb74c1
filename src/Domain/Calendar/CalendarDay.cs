using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Calendar;

/// <summary>What an entry of the official calendar says about its day.</summary>
public enum CalendarDayKind
{
    /// <summary>A statutory holiday day (法定节假日 or a day of its 调休 break): off, whatever the weekday.</summary>
    Holiday,

    /// <summary>A make-up working day (调休上班): a Saturday or Sunday that is worked.</summary>
    MakeUpWorkday,
}

/// <summary>One day the State Council's notice names: a holiday day or a make-up working day.</summary>
public sealed class CalendarDay
{
    public const int NameMaxLength = 50;

    private CalendarDay()
    {
        Name = string.Empty;
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        if (!Enum.IsDefined(kind))
        {
            throw DomainRuleException.Invalid("calendar.kind-invalid", "The kind of day is invalid.");
        }

        Date = date;
        Kind = kind;
        Name = Guard.Text(name, NameMaxLength, "calendar.name-invalid", "The name of the holiday");
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>The holiday it belongs to, e.g. 国庆节, 春节; for a make-up day, the holiday it makes up for.</summary>
    public string Name { get; private set; }

    internal void Change(CalendarDayKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }
}
