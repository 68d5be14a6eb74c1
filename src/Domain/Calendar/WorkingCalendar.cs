using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Calendar;

/// <summary>Why a day is or is not a working day.</summary>
public enum DayReason
{
    Weekday,
    Weekend,
    Holiday,
    MakeUpWorkday,
}

/// <summary>One day described: working or not, why, the holiday's name, and whether the calendar holds its year.</summary>
public readonly record struct DayInfo(DateOnly Date, bool IsWorkingDay, DayReason Reason, string? Name, bool Provisional);

/// <summary>
/// China's working days as a pure function of the calendar years it is built from. For a year it does not hold, the
/// statutory holidays (<see cref="StatutoryHolidays"/>) and weekends decide, no make-up working day is assumed, and the
/// answer is provisional: a placed holiday is named "春节（暂定）".
/// </summary>
public sealed class WorkingCalendar
{
    public const int MaxDays = 366;

    /// <summary>What the name of a holiday placed by law, not by a notice, ends with.</summary>
    public const string ProvisionalSuffix = "（暂定）";

    private readonly List<CalendarYear> _held;
    private readonly HashSet<int> _years;
    private readonly Dictionary<DateOnly, (CalendarDayKind Kind, string Name)> _days;

    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _held = [];
        _years = [];
        _days = [];
        foreach (var year in years)
        {
            _held.Add(year);
            _years.Add(year.Year);
            foreach (var day in year.Days)
            {
                _days[day.Date] = (day.Kind, day.Name);
            }
        }
    }

    /// <summary>A calendar that knows no year: every year provisional, its statutory holidays and weekends decide.</summary>
    public static WorkingCalendar Empty { get; } = new([]);

    public IReadOnlyCollection<int> KnownYears => _years;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsKnownYear(int year) => _years.Contains(year);

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    /// <summary>This calendar with <paramref name="year"/> held as given (added, or replacing the copy held): what a save is about to store.</summary>
    public WorkingCalendar With(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new WorkingCalendar([.. _held.Where(y => y.Year != year.Year), year]);
    }

    public DayInfo Describe(DateOnly date)
    {
        var provisional = !IsKnownYear(date.Year);
        if (_days.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.Holiday
                ? new DayInfo(date, false, DayReason.Holiday, day.Name, provisional)
                : new DayInfo(date, true, DayReason.MakeUpWorkday, day.Name, provisional);
        }

        if (provisional && StatutoryHolidays.FestivalOn(date) is { } festival)
        {
            return new DayInfo(date, false, DayReason.Holiday, festival + ProvisionalSuffix, true);
        }

        return IsWeekend(date)
            ? new DayInfo(date, false, DayReason.Weekend, null, provisional)
            : new DayInfo(date, true, DayReason.Weekday, null, provisional);
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>. The start day never counts,
    /// whatever kind of day it is.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        if (days is < 1 or > MaxDays)
        {
            throw DomainRuleException.Invalid("calendar.days-invalid", $"The number of working days must be between 1 and {MaxDays}.");
        }

        var date = start;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>True when any year from <paramref name="from"/> to <paramref name="to"/> is not held by the calendar.</summary>
    public bool IsProvisional(DateOnly from, DateOnly to)
    {
        for (var year = Math.Min(from.Year, to.Year); year <= Math.Max(from.Year, to.Year); year++)
        {
            if (!IsKnownYear(year))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The review deadline (审核时限): the end of the third working day after the day of submission, China time. The start day
/// never counts; a year the calendar does not hold is decided by its statutory holidays and weekends, and a deadline counted
/// through such a year is provisional (see <see cref="WorkingCalendar"/>).
/// </summary>
public static class ReviewDeadline
{
    public const int WorkingDays = 3;

    /// <summary>
    /// The deadline of a review submitted at <paramref name="submittedAt"/>: its last day, the instant it is overdue, and
    /// whether any year from the submission's date to the last day is one the calendar does not hold.
    /// </summary>
    public static ReviewDue For(DateTimeOffset submittedAt, WorkingCalendar calendar)
    {
        var submittedOn = ChinaTime.DateOf(submittedAt);
        var dueOn = DueOn(submittedOn, calendar);
        return new ReviewDue(dueOn, ChinaTime.EndOfDay(dueOn), calendar.IsProvisional(submittedOn, dueOn));
    }

    /// <summary>The last day of the review: the third working day after <paramref name="submittedOn"/>.</summary>
    public static DateOnly DueOn(DateOnly submittedOn, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(submittedOn, WorkingDays);
    }

    /// <summary>The instant the review is overdue: the start of the day after <see cref="DueOn"/> in China time, as UTC.</summary>
    public static DateTimeOffset DueAt(DateOnly submittedOn, WorkingCalendar calendar) =>
        ChinaTime.EndOfDay(DueOn(submittedOn, calendar));
}

/// <summary>
/// A review's deadline: <paramref name="On"/> is its last (China) day, <paramref name="At"/> the instant it is overdue;
/// <paramref name="Provisional"/> when it was counted through a year the calendar did not hold (no official notice yet).
/// </summary>
public readonly record struct ReviewDue(DateOnly On, DateTimeOffset At, bool Provisional = false);
