namespace InvestPromo.Application.Common.Interfaces;

/// <summary>
/// China's official working-day calendar (weekends, statutory holidays, make-up working days 调休上班),
/// maintained by admins as data.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>; that date itself never counts,
    /// whatever kind of day it is. For a year the calendar does not hold, its statutory holidays and weekends decide.
    /// </summary>
    ValueTask<DateOnly> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct);
}
