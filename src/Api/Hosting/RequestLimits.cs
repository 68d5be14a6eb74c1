using InvestPromo.Api.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

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
    /// <summary>
    /// Refuses an oversize body with 413 before it is read, whatever server hosts the app. The limit is
    /// <paramref name="maxBytes"/>, unless the endpoint (routing has already run) names its own with
    /// <c>RequestSizeLimitAttribute</c> metadata, as uploads do.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (context, next) =>
    {
        var endpointLimit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        var limit = endpointLimit ?? maxBytes;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request.too-large");
            return;
        }

        await next(context);
    });

    /// <summary>This endpoint accepts bodies up to <paramref name="maxBytes"/> instead of the global limit.</summary>
    public static RouteHandlerBuilder WithBodyLimit(this RouteHandlerBuilder builder, long maxBytes) =>
        builder.WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes));
}
