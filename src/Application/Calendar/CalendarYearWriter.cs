using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar;

internal static class CalendarYearWriter
{
    public static async Task<CalendarYearDto> SaveAsync(
        IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICalendarYearInput input, int? version, CancellationToken ct)
    {
        var days = input.Days!.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)).ToList();
        var now = clock.GetUtcNow();
        var year = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == input.Year, ct);
        if (year is null)
        {
            year = CalendarYear.Create(input.Year, days, input.Source, user.UserId, now);
            db.CalendarYears.Add(year);
        }
        else
        {
            if (version is not { } expected)
            {
                throw new ConcurrencyConflictException(nameof(CalendarYear), input.Year);
            }

            db.ExpectVersion(year, expected);
            year.ReplaceDays(days, input.Source, user.UserId, now);

            // The days live in their own table: mark the year itself changed so its version moves and is checked.
            db.Entry(year).Property(y => y.UpdatedAt).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
        return year.ToDto();
    }
}
