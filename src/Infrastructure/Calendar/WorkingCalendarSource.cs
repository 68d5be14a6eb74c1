using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Persistence;
using InvestPromo.Domain.Calendar;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Calendar;

/// <summary>
/// The process-wide copy of the calendar (a singleton), with the stamp of the data it was built from.
/// </summary>
public sealed class WorkingCalendarCache
{
    private volatile Entry? _current;

    internal Entry? Current => _current;

    internal void Store(Entry entry) => _current = entry;

    /// <summary>Forgets the copy; the next request reloads.</summary>
    public void Invalidate() => _current = null;

    internal sealed record Entry(CalendarStamp Stamp, WorkingCalendar Calendar);
}

/// <summary>Changes whenever a year is added or saved: every save bumps that year's version.</summary>
internal readonly record struct CalendarStamp(int Years, long Versions);

/// <summary>
/// Answers from the cached calendar while the database's stamp (number of years, sum of their versions) is unchanged,
/// so a year saved by any scope or any instance is seen by the next request. The stamp is one small aggregate query
/// (count and sum in one round trip: it runs on every submission).
/// </summary>
public sealed class WorkingCalendarSource(ApplicationDbContext db, WorkingCalendarCache cache) : IWorkingCalendarSource, IWorkingCalendar
{
    private static readonly CompiledQuery<Func<DbContext, CancellationToken, Task<CalendarStamp>>> StampQuery = new(() => EF.CompileAsyncQuery(
        (DbContext c, CancellationToken ct) => c.Set<CalendarYear>()
            .GroupBy(_ => 1)
            .Select(g => new CalendarStamp(g.Count(), g.Sum(y => (long)y.Version)))
            .FirstOrDefault()));

    public async ValueTask<WorkingCalendar> GetAsync(CancellationToken ct)
    {
        var years = db.CalendarYears.AsNoTracking();
        var stamp = await StampQuery.For(db)(db, ct);
        if (cache.Current is { } current && current.Stamp == stamp)
        {
            return current.Calendar;
        }

        var calendar = new WorkingCalendar(await years.ToListAsync(ct));
        cache.Store(new WorkingCalendarCache.Entry(stamp, calendar));
        return calendar;
    }

    public async ValueTask<DateOnly> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct) =>
        (await GetAsync(ct)).AddWorkingDays(start, days);
}
