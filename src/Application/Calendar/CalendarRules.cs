using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar;

/// <summary>A whole year of the calendar as a client sends it (saved from the editor or imported from a file).</summary>
public interface ICalendarYearInput
{
    int Year { get; }

    string? Source { get; }

    IReadOnlyList<CalendarDayDto>? Days { get; }
}

/// <summary>The shape rules of a year: the domain guards them again, but a client deserves field errors (400).</summary>
public class CalendarYearInputValidator<T> : AbstractValidator<T>
    where T : ICalendarYearInput
{
    public CalendarYearInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(CalendarYear.MinYear, CalendarYear.MaxYear);
        RuleFor(x => x.Source).MaximumLength(CalendarYear.SourceMaxLength);
        RuleFor(x => x.Days).NotNull();
        RuleFor(x => x.Days!.Count).LessThanOrEqualTo(WorkingCalendar.MaxDays).OverridePropertyName(nameof(ICalendarYearInput.Days)).When(x => x.Days is not null);

        // More days than a year has: that one error, not one per day (a file of thousands would cost a pairwise comparison and
        // answer thousands of errors).
        When(x => x.Days is null || x.Days.Count <= WorkingCalendar.MaxDays, DayRules);
    }

    private void DayRules()
    {
        RuleForEach(x => x.Days).NotNull().ChildRules(day =>
        {
            day.RuleFor(d => d.Kind).IsDefinedValue();
            day.RuleFor(d => d.Name).NotEmpty().MaximumLength(CalendarDay.NameMaxLength);
            day.RuleFor(d => d.Date).Must(WorkingCalendar.IsWeekend).When(d => d.Kind == CalendarDayKind.MakeUpWorkday)
                .WithMessage(_ => new Localized("调休上班日必须是周六或周日。", "A make-up working day must be a Saturday or Sunday.").Current);
        });
        RuleForEach(x => x.Days)
            .Must((x, d) => d is null || d.Date.Year == x.Year)
            .WithMessage(x => new Localized($"日期必须在 {x.Year} 年内。", $"The date must be in {x.Year}.").Current);
        RuleForEach(x => x.Days)
            .Must((x, d) => d is null || x.Days!.Count(other => other?.Date == d.Date) == 1)
            .WithMessage(_ => new Localized("同一日期不能出现两次。", "The same date is listed twice.").Current);
    }
}

public static class CalendarRules
{
    /// <summary>The calendar's dates (its editable years, 1949–2199): the range its queries give <see cref="DateRules"/>.</summary>
    public static readonly DateOnly MinDate = new(CalendarYear.MinYear, 1, 1);

    public static readonly DateOnly MaxDate = new(CalendarYear.MaxYear, 12, 31);
}
