namespace InvestPromo.Api.Hosting;

public static class SecurityHeaders
{
    private const string StrictCsp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // Swagger UI and the Hangfire dashboard ship inline scripts and styles.
    private const string ToolCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var tool = context.Request.Path.StartsWithSegments("/swagger") || context.Request.Path.StartsWithSegments("/hangfire");
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = tool ? ToolCsp : StrictCsp;
            // An endpoint may allow caching of public answers (the calendar); every other API answer is not stored.
            if (context.Request.Path.StartsWithSegments("/api") && (context.Response.StatusCode >= 300 || string.IsNullOrEmpty(headers.CacheControl)))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
