using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar.Queries.ListCalendarDays;

/// <summary>One day: working or not, and why (weekday, weekend, a holiday's name, a make-up working day).</summary>
public sealed record CalendarDayInfoDto(DateOnly Date, bool IsWorkingDay, DayReason Kind, string? Name, bool Provisional);

public sealed record ListCalendarDaysQuery(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<CalendarDayInfoDto>>;

public sealed class ListCalendarDaysValidator : AbstractValidator<ListCalendarDaysQuery>
{
    public ListCalendarDaysValidator()
    {
        RuleFor(x => x.From).InDateRange(CalendarRules.MinDate, CalendarRules.MaxDate);
        RuleFor(x => x.To).InDateRange(CalendarRules.MinDate, CalendarRules.MaxDate);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From);
        RuleFor(x => x.To).Must((x, to) => to.DayNumber - x.From.DayNumber < WorkingCalendar.MaxDays)
            .WithMessage(_ => new Localized($"查询范围不能超过 {WorkingCalendar.MaxDays} 天。", $"The range must not exceed {WorkingCalendar.MaxDays} days.").Current);
    }
}

public sealed class ListCalendarDaysHandler(IWorkingCalendarSource calendars) : IQueryHandler<ListCalendarDaysQuery, IReadOnlyList<CalendarDayInfoDto>>
{
    public async ValueTask<IReadOnlyList<CalendarDayInfoDto>> Handle(ListCalendarDaysQuery query, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var days = new List<CalendarDayInfoDto>(query.To.DayNumber - query.From.DayNumber + 1);
        for (var date = query.From; date <= query.To; date = date.AddDays(1))
        {
            var info = calendar.Describe(date);
            days.Add(new CalendarDayInfoDto(info.Date, info.IsWorkingDay, info.Reason, info.Name, info.Provisional));
        }

        return days;
    }
}
