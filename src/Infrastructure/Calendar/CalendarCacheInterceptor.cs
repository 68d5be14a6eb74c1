using InvestPromo.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InvestPromo.Infrastructure.Calendar;

/// <summary>
/// Forgets the cached calendar as soon as a save that changed a calendar year has succeeded in this process
/// (other processes notice through the stamp, see <see cref="WorkingCalendarSource"/>).
/// </summary>
public sealed class CalendarCacheInterceptor(WorkingCalendarCache cache) : SaveChangesInterceptor
{
    private bool _calendarChanged;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget();
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Notice(DbContext? context) =>
        _calendarChanged = context is not null && context.ChangeTracker.Entries()
            .Any(e => e.Entity is CalendarYear or CalendarDay && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private void Forget()
    {
        if (_calendarChanged)
        {
            cache.Invalidate();
            _calendarChanged = false;
        }
    }
}
