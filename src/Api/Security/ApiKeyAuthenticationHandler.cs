using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvestPromo.Api.Security;

/// <summary>
/// Authenticates "X-Api-Key" as role Integrator with a scope claim. Records the last use at most once a minute.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApplicationDbContext db,
    IApiKeySecrets secrets,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = values.ToString().Trim();
        if (!ApiKeySecrets.LooksValid(secret))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var prefix = secret[..ApiKey.PrefixLength];
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (key is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.SecretHash), Encoding.ASCII.GetBytes(secrets.Hash(secret)))
            || !key.IsUsableAt(now))
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, $"api-key:{key.Prefix}"),
            new(ClaimTypes.Role, Roles.Integrator),
            new(AppClaims.ApiKeyId, key.Id.ToString()),
            new(AppClaims.ApiKeyScope, key.Scope.ToString()),
            new(AppClaims.ApiKeyContacts, key.MayReadContacts ? "true" : "false"),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
