using InvestPromo.Application.Common.Interfaces;

namespace InvestPromo.Infrastructure.Time;

/// <summary>
/// TEMPORARY stand-in for the real working-day calendar (built on another branch): only Saturdays and Sundays are
/// off, no holidays, no make-up days. Registered with TryAddSingleton so the real calendar, registered first at
/// merge, replaces it. Delete this class when the calendar branch lands.
/// </summary>
public sealed class WeekendOnlyWorkingCalendar : IWorkingCalendar
{
    public ValueTask<DateOnly> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return ValueTask.FromResult(date);
    }
}
