using Microsoft.AspNetCore.Antiforgery;

namespace InvestPromo.Api.Security;

/// <summary>
/// CSRF protection for the cookie-authenticated SPA (double submit): the request token is sent in a cookie the
/// SPA can read ("XSRF-TOKEN") and must come back in the "X-XSRF-TOKEN" header on every unsafe request.
/// API-key callers carry no ambient credentials and are not checked.
/// </summary>
public static class AntiforgeryCookie
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    public static void Issue(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    /// <summary>The key by which the framework's endpoint middleware knows an antiforgery middleware has run for the request.</summary>
    private const string AntiforgeryMiddlewareRanKey = "__AntiforgeryMiddlewareWithEndpointInvoked";

    /// <summary>
    /// Validates unsafe /api requests that are authenticated by the sign-in cookie, form uploads included. This is the
    /// app's antiforgery middleware: it marks every request as seen by one, so endpoints that bind a form (<c>IFormFile</c>)
    /// run without <c>DisableAntiforgery()</c> under the same CSRF rule as JSON ones (API-key callers carry no token).
    /// </summary>
    public static IApplicationBuilder UseCookieCsrfProtection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Items[AntiforgeryMiddlewareRanKey] = true;
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && !request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader)
            && context.User.Identity?.IsAuthenticated == true
            && !request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            await antiforgery.ValidateRequestAsync(context);
        }

        await next(context);
    });
}
