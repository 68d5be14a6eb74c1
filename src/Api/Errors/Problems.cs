using System.Diagnostics;
using InvestPromo.Application.Common.Localization;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Errors;

/// <summary>Every error answer is a ProblemDetails with a stable "code", a localised title and the trace id.</summary>
public static class Problems
{
    public const string CodeKey = "code";

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var code = problem.Extensions.TryGetValue(CodeKey, out var existing) && existing is string s ? s : DefaultCode(problem.Status);
        problem.Extensions[CodeKey] = code;
        problem.Title = ErrorMessages.For(code, problem.Title ?? "Error");
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        problem.Extensions.Remove("exception");
    }

    public static string DefaultCode(int? status) => status switch
    {
        400 => "request.malformed",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not-found",
        409 => "concurrency.stale",
        413 => "request.too-large",
        429 => "request.rate-limited",
        >= 500 => "internal",
        _ => "error",
    };

    public static ProblemDetails Create(int status, string code, string? detail = null) => new()
    {
        Status = status,
        Type = $"https://httpstatuses.io/{status}",
        Detail = detail,
        Extensions = { [CodeKey] = code },
    };

    public static Task WriteAsync(HttpContext context, int status, string code, string? detail = null)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Create(status, code, detail) }).AsTask();
    }
}
