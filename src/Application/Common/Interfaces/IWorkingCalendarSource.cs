using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Common.Interfaces;

/// <summary>The current <see cref="WorkingCalendar"/>, built from every stored calendar year (cached between saves).</summary>
public interface IWorkingCalendarSource
{
    ValueTask<WorkingCalendar> GetAsync(CancellationToken ct);
}
