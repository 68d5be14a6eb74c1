using InvestPromo.Api.Errors;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;

namespace InvestPromo.Api.Security;

public static class ApiKeyScopeMiddleware
{
    /// <summary>A read-only API key may only read: any other method is refused (403) before any endpoint runs.</summary>
    public static IApplicationBuilder UseApiKeyScopes(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var scope = context.User.FindFirst(AppClaims.ApiKeyScope)?.Value;
        var method = context.Request.Method;
        if (scope == nameof(ApiKeyScope.ReadOnly) && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
        {
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "auth.api-key-read-only");
            return;
        }

        await next(context);
    });
}
