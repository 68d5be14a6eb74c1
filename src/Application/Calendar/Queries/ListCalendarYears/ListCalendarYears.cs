using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar.Queries.ListCalendarYears;

public sealed record ListCalendarYearsQuery : IQuery<IReadOnlyList<CalendarYearSummaryDto>>;

public sealed class ListCalendarYearsHandler(IApplicationDbContext db) : IQueryHandler<ListCalendarYearsQuery, IReadOnlyList<CalendarYearSummaryDto>>
{
    public async ValueTask<IReadOnlyList<CalendarYearSummaryDto>> Handle(ListCalendarYearsQuery query, CancellationToken cancellationToken) =>
        await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year)
            .Select(y => new CalendarYearSummaryDto(
                y.Year,
                y.Days.Count(d => d.Kind == CalendarDayKind.Holiday),
                y.Days.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday),
                y.Source,
                y.Version))
            .ToListAsync(cancellationToken);
}
