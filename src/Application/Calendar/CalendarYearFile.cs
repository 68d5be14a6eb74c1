using System.Text.Json;
using System.Text.Json.Serialization;

namespace InvestPromo.Application.Calendar;

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

        // The file is three levels deep ({ days: [ { } ] }); anything much deeper is not a calendar.
        MaxDepth = 8,
    };

    /// <summary>
    /// Reads a file (its size was checked before: <see cref="Commands.ImportCalendarYear.ImportCalendarYearValidator.MaxFileBytes"/>);
    /// anything unreadable is a 400 naming the file (and the JSON path, when there is one).
    /// </summary>
    public static CalendarYearFile Parse(ReadOnlySpan<byte> content)
    {
        try
        {
            return JsonSerializer.Deserialize<CalendarYearFile>(content, Json)
                ?? throw Unreadable("file");
        }
        catch (JsonException e)
        {
            // The path names the place, but may hold a property name as long as the file: quoted by a short prefix.
            throw Unreadable(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "file" : BadValue.Quote(e.Path.TrimStart('$', '.')));
        }
    }

    public static IReadOnlyList<CalendarYearFile> ParseMany(ReadOnlySpan<byte> content) =>
        JsonSerializer.Deserialize<List<CalendarYearFile>>(content, Json) ?? [];

    private static RequestValidationException Unreadable(string field) =>
        RequestValidationException.For(field, new Localized("文件不是有效的日历 JSON。", "The file is not a valid calendar JSON.").Current);
}

public sealed class CalendarYearFileValidator : CalendarYearInputValidator<CalendarYearFile>;
