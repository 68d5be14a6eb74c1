using InvestPromo.Domain.Calendar;

namespace InvestPromo.Application.Calendar.Commands.ImportCalendarYear;

/// <summary>
/// The same as saving, from an uploaded JSON file:
/// <c>{ "year": 2027, "source": "...", "days": [{ "date": "2027-01-01", "kind": "Holiday", "name": "元旦" }] }</c>.
/// A file that cannot be read or fails validation imports nothing (400 with field errors). As with saving, the provisional
/// deadlines counted through the year are counted again (<see cref="CalendarYearWriter"/>).
/// </summary>
public sealed record ImportCalendarYearCommand(int Year, string FileName, byte[] Content, int? Version) : ICommand<CalendarYearDto>;

public sealed class ImportCalendarYearValidator : AbstractValidator<ImportCalendarYearCommand>
{
    public const int MaxFileBytes = 256 * 1024;

    public ImportCalendarYearValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(CalendarYear.MinYear, CalendarYear.MaxYear);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.FileName).Must(n => n.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).OverridePropertyName("File")
            .WithMessage(_ => new Localized("只能导入 .json 文件。", "Only .json files can be imported.").Current);
        RuleFor(x => x.Content).NotEmpty().Must(c => c.Length <= MaxFileBytes).OverridePropertyName("File")
            .WithMessage(_ => new Localized("文件不能超过 256 KiB。", "The file must not exceed 256 KiB.").Current);
    }
}

public sealed class ImportCalendarYearHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarSource calendars, IValidator<CalendarYearFile> fileValidator)
    : ICommandHandler<ImportCalendarYearCommand, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(ImportCalendarYearCommand command, CancellationToken cancellationToken)
    {
        var file = CalendarYearFile.Parse(command.Content);
        var result = await fileValidator.ValidateAsync(file, cancellationToken);
        if (!result.IsValid)
        {
            throw new RequestValidationException(result.Errors
                .GroupBy(f => Common.Behaviours.FieldNames.ToCamelCasePath(f.PropertyName), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
        }

        if (file.Year != command.Year)
        {
            throw RequestValidationException.For("year", new Localized($"文件中的年份 {file.Year} 与导入的年份 {command.Year} 不一致。", $"The file is for {file.Year}, not {command.Year}.").Current);
        }

        return await CalendarYearWriter.SaveAsync(db, user, clock, calendars, file, command.Version, cancellationToken);
    }
}
