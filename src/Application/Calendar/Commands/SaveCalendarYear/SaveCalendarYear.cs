namespace InvestPromo.Application.Calendar.Commands.SaveCalendarYear;

/// <summary>
/// Creates the year when it is absent, else replaces its days (send the version you read). The deadlines of filings under
/// review that were counted through the year while it was provisional are counted again, each with a history line.
/// </summary>
public sealed record SaveCalendarYearCommand(int Year, IReadOnlyList<CalendarDayDto>? Days, string? Source, int? Version)
    : ICommand<CalendarYearDto>, ICalendarYearInput;

public sealed class SaveCalendarYearValidator : CalendarYearInputValidator<SaveCalendarYearCommand>
{
    public SaveCalendarYearValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class SaveCalendarYearHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarSource calendars)
    : ICommandHandler<SaveCalendarYearCommand, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(SaveCalendarYearCommand command, CancellationToken cancellationToken) =>
        await CalendarYearWriter.SaveAsync(db, user, clock, calendars, command, command.Version, cancellationToken);
}
