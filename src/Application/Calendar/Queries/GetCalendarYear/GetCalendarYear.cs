using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar.Queries.GetCalendarYear;

public sealed record GetCalendarYearQuery(int Year) : IQuery<CalendarYearDto>;

public sealed class GetCalendarYearHandler(IApplicationDbContext db) : IQueryHandler<GetCalendarYearQuery, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(GetCalendarYearQuery query, CancellationToken cancellationToken)
    {
        var year = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == query.Year, cancellationToken)
            ?? throw new NotFoundException(nameof(CalendarYear), query.Year);
        return year.ToDto();
    }
}
