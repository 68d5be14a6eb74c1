using System.Text.Json;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Domain.Common;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Api.Errors;

/// <summary>
/// The one place exceptions become answers. Anything a caller did wrong is a 4xx with a code; only our own
/// faults are 500s, and those never show a stack trace or SQL.
/// </summary>
public sealed partial class ExceptionHandler(IProblemDetailsService problems, ILogger<ExceptionHandler> logger) : IExceptionHandler
{
    public const string DatabaseUnavailable = "database.unavailable";

    /// <summary>Seconds a caller waits before sending again after a 503 <see cref="DatabaseUnavailable"/>.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, Infrastructure.Persistence.DatabaseFaults.Find(exception)?.Message ?? exception.Message);
            httpContext.Response.Headers.RetryAfter = exception is FileStorageUnavailableException
                ? FileStorageUnavailableException.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : RetryAfterSeconds;
        }
        else if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        RequestValidationException e => Validation(e.Errors),
        FluentValidation.ValidationException e => Validation(e.Errors
            .GroupBy(f => Application.Common.Behaviours.FieldNames.ToCamelCasePath(f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray(), StringComparer.Ordinal)),
        BadHttpRequestException e => BadRequest(e),
        JsonException e => Json(e),
        AntiforgeryValidationException => Problems.Create(StatusCodes.Status400BadRequest, "antiforgery.invalid"),
        NotFoundException => Problems.Create(StatusCodes.Status404NotFound, "not-found"),
        ForbiddenAccessException => Problems.Create(StatusCodes.Status403Forbidden, "forbidden"),
        BadRequestException e => Validation(new Dictionary<string, string[]> { [e.Field] = [ErrorMessages.For(e.Code, e.Message)] }, e.Code),
        TooManyRequestsException e => Problems.Create(StatusCodes.Status429TooManyRequests, e.Code, ErrorMessages.For(e.Code, e.Message)),
        LimitExceededException e => Problems.Create(StatusCodes.Status422UnprocessableEntity, e.Code, ErrorMessages.For(e.Code, e.Message)),
        AuthenticationFailedException e => Problems.Create(StatusCodes.Status401Unauthorized, e.Code, ErrorMessages.For(e.Code, e.Message)),
        ConcurrencyConflictException or DbUpdateConcurrencyException =>
            Problems.Create(StatusCodes.Status409Conflict, "concurrency.stale", ErrorMessages.For("concurrency.stale", "Stale version.")),
        DomainRuleException e => Problems.Create(
            e.Kind == DomainRuleKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict,
            e.Code,
            ErrorMessages.For(e.Code, e.Message)),
        FileStorageUnavailableException => Problems.Create(
            StatusCodes.Status503ServiceUnavailable, FileStorageUnavailableException.Code, ErrorMessages.For(FileStorageUnavailableException.Code, "Storage unavailable.")),
        OperationCanceledException => Problems.Create(499, "request.cancelled"),
        // Restarting, unreachable, refusing us, out of connections: after EF's retries (DatabaseOptions.MaxRetryCount), not a fault
        // of the request and never a 500. Nothing was saved (a transaction is all or nothing); the caller may send it again.
        _ when Infrastructure.Persistence.DatabaseFaults.IsUnstorableText(exception) =>
            Problems.Create(StatusCodes.Status400BadRequest, "request.malformed", ErrorMessages.For("request.malformed", "The request holds text the database cannot store.")),
        _ when Infrastructure.Persistence.DatabaseFaults.IsUnavailable(exception) =>
            Problems.Create(StatusCodes.Status503ServiceUnavailable, DatabaseUnavailable, ErrorMessages.For(DatabaseUnavailable, "The database is unavailable.")),
        _ => Problems.Create(StatusCodes.Status500InternalServerError, "internal", ErrorMessages.For("internal", "Internal error.")),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException e)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "request.too-large", ErrorMessages.For("request.too-large", "Too large."));
        }

        if (e.InnerException is JsonException json)
        {
            return Json(json);
        }

        // Route and query binding failures ("Failed to bind parameter "int page" from "x"").
        var field = ParameterName(e.Message);
        return field is null
            ? Problems.Create(e.StatusCode, "request.malformed", ErrorMessages.For("request.malformed", "Malformed request."))
            : Validation(new Dictionary<string, string[]> { [field] = [new Localized("值的格式不正确。", "The value has the wrong format.").Current] });
    }

    private static HttpValidationProblemDetails Json(JsonException e)
    {
        // "JSON deserialization for type 'X' was missing required properties including: 'version', 'isActive'."
        var missing = MissingMembers().Match(e.Message);
        if (missing.Success)
        {
            var names = MemberName().Matches(missing.Groups[1].Value).Select(m => m.Groups[1].Value).Where(n => n.Length is > 0 and <= 40).Distinct().ToList();
            if (names.Count > 0)
            {
                return Validation(names.ToDictionary(n => n, n => new[] { Required(FieldDisplayNames.For(char.ToUpperInvariant(n[0]) + n[1..])) }));
            }
        }

        // A path may hold a property name as long as the body: named by a short prefix (BadValue), never echoed whole.
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : Application.Common.Models.BadValue.Quote(e.Path.TrimStart('$', '.'));
        var message = new Localized("JSON 格式或字段类型不正确。", "The JSON is malformed or a field has the wrong type.").Current;
        return Validation(new Dictionary<string, string[]> { [path] = [message] });
    }

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors, string code = "validation.failed")
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Type = "https://httpstatuses.io/400",
            Detail = ErrorMessages.For(code, "Validation failed."),
        };
        problem.Extensions[Problems.CodeKey] = code;
        return problem;
    }

    /// <summary>
    /// Minimal APIs name the parameter in the message: Failed to bind parameter "int page" from "x". A property of an
    /// [AsParameters] record ("ScaleBand? ScaleBand") is named as the query string spells it (camelCase).
    /// </summary>
    private static string? ParameterName(string message)
    {
        var match = BindFailure().Match(message);
        return match.Success ? Application.Common.Behaviours.FieldNames.ToCamelCasePath(match.Groups["name"].Value) : null;
    }

    private static string Required(string field) => new Localized($"请填写“{field}”。", $"Send \"{field}\".").Current;

    [System.Text.RegularExpressions.GeneratedRegex("missing required properties including: (.+)")]
    private static partial System.Text.RegularExpressions.Regex MissingMembers();

    [System.Text.RegularExpressions.GeneratedRegex("'([A-Za-z0-9_]*)'")]
    private static partial System.Text.RegularExpressions.Regex MemberName();

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"[^\"]*? (?<name>[A-Za-z0-9_]+)\"")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Path}, answered 503: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
