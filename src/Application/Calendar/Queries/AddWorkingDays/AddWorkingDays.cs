using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar.Queries.AddWorkingDays;

/// <summary>The date a number of working days after another; provisional when a year crossed is not in the calendar.</summary>
public sealed record WorkingDateDto(DateOnly Date, bool Provisional);

public sealed record AddWorkingDaysQuery(DateOnly Date, int Days) : IQuery<WorkingDateDto>;

public sealed class AddWorkingDaysValidator : AbstractValidator<AddWorkingDaysQuery>
{
    public AddWorkingDaysValidator()
    {
        RuleFor(x => x.Date).InDateRange(CalendarRules.MinDate, CalendarRules.MaxDate);
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
