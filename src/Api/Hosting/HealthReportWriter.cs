using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// /health/ready's answer: the overall status and each check's name, status, description and duration as JSON (never an
/// exception's text or a connection string). Unhealthy is 503, healthy and degraded 200 (ASP.NET Core's mapping).
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = (long)report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
                durationMs = (long)entry.Value.Duration.TotalMilliseconds,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
