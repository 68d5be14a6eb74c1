using InvestPromo.Api.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace InvestPromo.Api.Hosting;

/// <summary>Configuration section "Limits".</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body accepted by default (bytes); upload endpoints raise their own limit.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}

public static class RequestLimits
{
    /// <summary>Refuses an oversize body with 413 before it is read, whatever server hosts the app.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (context, next) =>
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request.too-large");
            return;
        }

        await next(context);
    });
}
