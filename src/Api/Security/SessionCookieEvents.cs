using System.Security.Claims;
using InvestPromo.Api.Errors;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace InvestPromo.Api.Security;

/// <summary>
/// The sign-in cookie's events: every cookie sign-in starts a server-side session whose id the cookie carries, every sign-out
/// ends it, and every cookie request is refused (401 <c>auth.session-ended</c>) unless its session is active — not signed out,
/// not ended by an admin, not idle, not past its absolute lifetime — and the security stamp still matches. API answers: 401/403,
/// never a redirect.
/// </summary>
public sealed class SessionCookieEvents(UserSessions sessions) : CookieAuthenticationEvents
{
    /// <summary>Set on the request when its cookie's session has ended, so the 401 says so.</summary>
    private const string SessionEndedItem = "investpromo:session-ended";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is ClaimsIdentity identity && Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId))
        {
            foreach (var stale in identity.FindAll(AppClaims.SessionId).ToList())
            {
                identity.RemoveClaim(stale);
            }

            var http = context.HttpContext;
            var sessionId = await sessions.StartAsync(userId, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString(), http.RequestAborted);
            identity.AddClaim(new Claim(AppClaims.SessionId, sessionId.ToString()));
        }

        await base.SigningIn(context);
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SessionIdOf(context.HttpContext.User) is { } sessionId)
        {
            await sessions.EndAsync(sessionId, SessionEndReason.SignedOut, context.HttpContext.RequestAborted);
        }

        await base.SigningOut(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (principal is null)
        {
            return;
        }

        var ct = context.HttpContext.RequestAborted;
        if (SessionIdOf(principal) is not { } sessionId
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !await sessions.CheckAsync(sessionId, userId, ct))
        {
            await RefuseAsync(context);
            return;
        }

        // Identity's check (once a minute): the user still exists, is active and has the same security stamp.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null)
        {
            await sessions.EndAsync(sessionId, SessionEndReason.AccountChanged, ct);
            context.HttpContext.Items[SessionEndedItem] = true;
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Items.ContainsKey(SessionEndedItem))
        {
            return Problems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "auth.session-ended");
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>Identity re-creates the principal when it re-checks the security stamp: the session's id goes along.</summary>
    public static Task KeepSessionClaim(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal?.FindFirst(AppClaims.SessionId) is { } claim)
        {
            identity.AddClaim(new Claim(AppClaims.SessionId, claim.Value));
        }

        return Task.CompletedTask;
    }

    private static Guid? SessionIdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(AppClaims.SessionId), out var id) ? id : null;

    private static async Task RefuseAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        context.HttpContext.Items[SessionEndedItem] = true;
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
