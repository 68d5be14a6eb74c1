using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Application.Common.Persistence;
using InvestPromo.Domain.Calendar;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Calendar.Commands;

/// <summary>Creates the year when it is absent, else replaces its days (send the version you read).</summary>
public sealed record SaveCalendarYearCommand(int Year, IReadOnlyList<CalendarDayDto>? Days, string? Source, int? Version)
    : ICommand<CalendarYearDto>, ICalendarYearInput;

public sealed class SaveCalendarYearValidator : CalendarYearInputValidator<SaveCalendarYearCommand>
{
    public SaveCalendarYearValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class SaveCalendarYearHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SaveCalendarYearCommand, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(SaveCalendarYearCommand command, CancellationToken cancellationToken) =>
        await CalendarYearWriter.SaveAsync(db, user, clock, command, command.Version, cancellationToken);
}

/// <summary>
/// The same as saving, from an uploaded JSON file:
/// <c>{ "year": 2027, "source": "...", "days": [{ "date": "2027-01-01", "kind": "Holiday", "name": "元旦" }] }</c>.
/// A file that cannot be read or fails validation imports nothing (400 with field errors).
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
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IValidator<CalendarYearFile> fileValidator)
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

        return await CalendarYearWriter.SaveAsync(db, user, clock, file, command.Version, cancellationToken);
    }
}

/// <summary>The import file's content.</summary>
public sealed record CalendarYearFile(int Year, string? Source = null, IReadOnlyList<CalendarDayDto>? Days = null) : ICalendarYearInput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads a file; anything unreadable is a 400 naming the file (and the JSON path, when there is one).</summary>
    public static CalendarYearFile Parse(ReadOnlySpan<byte> content)
    {
        try
        {
            return JsonSerializer.Deserialize<CalendarYearFile>(content, Json)
                ?? throw Unreadable("file");
        }
        catch (JsonException e)
        {
            throw Unreadable(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "file" : e.Path.TrimStart('$', '.'));
        }
    }

    public static IReadOnlyList<CalendarYearFile> ParseMany(ReadOnlySpan<byte> content) =>
        JsonSerializer.Deserialize<List<CalendarYearFile>>(content, Json) ?? [];

    private static RequestValidationException Unreadable(string field) =>
        RequestValidationException.For(field, new Localized("文件不是有效的日历 JSON。", "The file is not a valid calendar JSON.").Current);
}

public sealed class CalendarYearFileValidator : CalendarYearInputValidator<CalendarYearFile>;

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
