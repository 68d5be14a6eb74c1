using InvestPromo.Application.Filings;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Calendar;

/// <summary>
/// Saves a year of the calendar (from the editor or an import) and, in the same save, counts again the deadlines of the
/// filings under review that were counted through that year while it was provisional (<see cref="Filing.RecomputeReviewDeadline"/>):
/// one query loads them (there are few: a year is provisional only until its notice), each gets a history line.
/// </summary>
internal static class CalendarYearWriter
{
    public static async Task<CalendarYearDto> SaveAsync(
        IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarSource calendars, ICalendarYearInput input, int? version, CancellationToken ct)
    {
        var days = input.Days!.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)).ToList();
        var now = clock.GetUtcNow();
        var before = await calendars.GetAsync(ct);
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

        await RecomputeDeadlinesAsync(db, before.With(year), year.Year, user.Actor(), now, ct);
        await db.SaveChangesAsync(ct);
        return year.ToDto();
    }

    /// <summary>The filings under review whose provisional deadline was counted through <paramref name="year"/> get it counted with <paramref name="calendar"/>.</summary>
    private static async Task RecomputeDeadlinesAsync(IApplicationDbContext db, WorkingCalendar calendar, int year, FilingActor actor, DateTimeOffset now, CancellationToken ct)
    {
        // Submitted (China date) no later than the year, due no earlier: Filing.AwaitsCalendarOf, as SQL can narrow it.
        var firstDay = new DateOnly(year, 1, 1);
        var afterYear = ChinaTime.StartOfDay(firstDay.AddYears(1));
        var awaiting = await db.Filings
            .Where(f => f.Status == FilingStatus.UnderReview && f.ReviewDueProvisional && f.SubmittedAt < afterYear && f.ReviewDueOn >= firstDay)
            .ToListAsync(ct);
        foreach (var filing in awaiting)
        {
            filing.RecomputeReviewDeadline(year, ReviewDeadline.For(filing.SubmittedAt!.Value, calendar), actor, now);
        }
    }
}
