using Microsoft.AspNetCore.Identity;

namespace InvestPromo.Api.Security;

public static class AuthSchemes
{
    /// <summary>The SPA's sign-in cookie (ASP.NET Core Identity's application cookie).</summary>
    public static readonly string Cookie = IdentityConstants.ApplicationScheme;

    /// <summary>Integrators send "X-Api-Key: ipk_…".</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>Picks the API key scheme when the header is present, the cookie otherwise.</summary>
    public const string Smart = "CookieOrApiKey";

    public const string ApiKeyHeader = "X-Api-Key";
}
