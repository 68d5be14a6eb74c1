using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Domain.Calendar;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Calendar.Queries;

/// <summary>The date a number of working days after another; provisional when a year crossed is not in the calendar.</summary>
public sealed record WorkingDateDto(DateOnly Date, bool Provisional);

/// <summary>One day: working or not, and why (weekday, weekend, a holiday's name, a make-up working day).</summary>
public sealed record CalendarDayInfoDto(DateOnly Date, bool IsWorkingDay, DayReason Kind, string? Name, bool Provisional);

public sealed record AddWorkingDaysQuery(DateOnly Date, int Days) : IQuery<WorkingDateDto>;

public sealed class AddWorkingDaysValidator : AbstractValidator<AddWorkingDaysQuery>
{
    public AddWorkingDaysValidator()
    {
        RuleFor(x => x.Date).WithinSupportedDates();
        RuleFor(x => x.Days).InclusiveBetween(1, WorkingCalendar.MaxDays);
        RuleFor(x => x.Date).Must(d => d.AddDays(WorkingCalendar.MaxDays * 2) <= CalendarRules.MaxDate)
            .WithMessage(_ => new Localized("日期超出支持范围。", "The date is out of the supported range.").Current)
            .When(x => x.Date <= CalendarRules.MaxDate);
    }
}

public sealed class AddWorkingDaysHandler(IWorkingCalendarSource calendars) : IQueryHandler<AddWorkingDaysQuery, WorkingDateDto>
{
    public async ValueTask<WorkingDateDto> Handle(AddWorkingDaysQuery query, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var date = calendar.AddWorkingDays(query.Date, query.Days);
        return new WorkingDateDto(date, calendar.IsProvisional(query.Date, date));
    }
}

public sealed record ListCalendarDaysQuery(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<CalendarDayInfoDto>>;

public sealed class ListCalendarDaysValidator : AbstractValidator<ListCalendarDaysQuery>
{
    public ListCalendarDaysValidator()
    {
        RuleFor(x => x.From).WithinSupportedDates();
        RuleFor(x => x.To).WithinSupportedDates();
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
