using InvestPromo.Api.Security;
using InvestPromo.Application.Calendar;
using InvestPromo.Application.Calendar.Commands.ImportCalendarYear;
using InvestPromo.Application.Calendar.Commands.SaveCalendarYear;
using InvestPromo.Application.Calendar.Queries.AddWorkingDays;
using InvestPromo.Application.Calendar.Queries.GetCalendarYear;
using InvestPromo.Application.Calendar.Queries.ListCalendarDays;
using InvestPromo.Application.Calendar.Queries.ListCalendarYears;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

public sealed record SaveCalendarYearRequest(string? Source, IReadOnlyList<CalendarDayDto>? Days, int? Version);

public static class CalendarEndpoints
{
    /// <summary>The calendar is public information and changes a few times a year: caches may keep answers briefly.</summary>
    public const string PublicCacheControl = "public, max-age=300";

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/calendar", "Calendar");

        group.MapGet("add-working-days", AddWorkingDays).WithName("AddWorkingDays")
            .WithSummary("The date a number of working days after a date (that date never counts), on China's official calendar")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Public).WithPublicErrors();
        group.MapGet("days", ListCalendarDays).WithName("ListCalendarDays")
            .WithSummary("Each day of a range (at most 366 days): working or not, and why")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Public).WithPublicErrors();

        var years = group.MapGroup("years").RequireAuthorization(Policies.Admin);
        years.MapGet("", ListCalendarYears).WithName("ListCalendarYears")
            .WithSummary("The years the calendar holds, with their numbers of holiday and make-up days").WithStandardErrors();
        years.MapGet("{year:int}", GetCalendarYear).WithName("GetCalendarYear")
            .WithSummary("One year's holiday days and make-up working days").WithStandardErrors().WithNotFound();
        years.MapPut("{year:int}", SaveCalendarYear).WithName("SaveCalendarYear")
            .WithSummary("Create a year, or replace its days (send the version you read)").WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("calendar.year-invalid", "calendar.date-outside-year", "calendar.duplicate-date", "calendar.makeup-not-weekend", "calendar.name-invalid", "calendar.kind-invalid", "calendar.source-invalid");
        years.MapPost("{year:int}/import", ImportCalendarYear).WithName("ImportCalendarYear")
            .WithSummary("Create or replace a year from a JSON file (multipart field \"file\", at most 256 KiB)")
            .WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("calendar.year-invalid", "calendar.date-outside-year", "calendar.duplicate-date", "calendar.makeup-not-weekend", "calendar.name-invalid", "calendar.kind-invalid", "calendar.source-invalid");
    }

    /// <summary>Anonymous endpoints: bad input or too many requests.</summary>
    private static RouteHandlerBuilder WithPublicErrors(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Ok<WorkingDateDto>> AddWorkingDays(ISender sender, HttpResponse response, DateOnly date, int days, CancellationToken ct)
    {
        var answer = await sender.Send(new AddWorkingDaysQuery(date, days), ct);
        response.Headers.CacheControl = PublicCacheControl;
        return TypedResults.Ok(answer);
    }

    private static async Task<Ok<IReadOnlyList<CalendarDayInfoDto>>> ListCalendarDays(ISender sender, HttpResponse response, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var answer = await sender.Send(new ListCalendarDaysQuery(from, to), ct);
        response.Headers.CacheControl = PublicCacheControl;
        return TypedResults.Ok(answer);
    }

    private static async Task<Ok<IReadOnlyList<CalendarYearSummaryDto>>> ListCalendarYears(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListCalendarYearsQuery(), ct));

    private static async Task<Ok<CalendarYearDto>> GetCalendarYear(ISender sender, int year, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCalendarYearQuery(year), ct));

    private static async Task<Ok<CalendarYearDto>> SaveCalendarYear(ISender sender, int year, SaveCalendarYearRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SaveCalendarYearCommand(year, body.Days, body.Source, body.Version), ct));

    private static async Task<Ok<CalendarYearDto>> ImportCalendarYear(ISender sender, int year, IFormFile file, [FromForm] int? version, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await sender.Send(new ImportCalendarYearCommand(year, file.FileName, buffer.ToArray(), version), ct));
    }
}
