using InvestPromo.Api.Security;
using InvestPromo.Application.Auth.Commands.ChangePassword;
using InvestPromo.Application.Auth.Commands.Login;
using InvestPromo.Application.Auth.Commands.Logout;
using InvestPromo.Application.Auth.Commands.SignOutEverywhere;
using InvestPromo.Application.Auth.Queries.GetCurrentUser;
using InvestPromo.Application.Auth.Queries.GetSession;
using InvestPromo.Application.Users;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/auth", "Auth");

        group.MapPost("login", Login).WithName("Login").WithSummary("Sign in with user name and password (sets the session cookie)")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Login).WithStandardErrors()
            .WithErrorCodes("auth.invalid-credentials", "auth.locked-out", "auth.inactive")
            .WithDescription("Sets the session cookie and the XSRF-TOKEN cookie (echo its value in X-XSRF-TOKEN on unsafe requests). Integrators use an API key instead. Wrong passwords are counted per name and address (5 in 15 minutes refuse that pair for 15 minutes) and per name (50 in an hour lock the account): 401 `auth.locked-out`.");
        group.MapPost("logout", Logout).WithName("Logout").WithSummary("Sign out")
            .RequireAuthorization(Policies.User).WithStandardErrors();
        group.MapPost("logout-everywhere", LogoutEverywhere).WithName("LogoutEverywhere").WithSummary("Sign out of every session of the signed-in user (all browsers)")
            .RequireAuthorization(Policies.User).WithStandardErrors();
        group.MapGet("me", GetCurrentUser).WithName("GetCurrentUser").WithSummary("The signed-in user, with roles and unit")
            .RequireAuthorization(Policies.User).WithStandardErrors();
        group.MapGet("session", GetSession).WithName("GetSession")
            .WithSummary("Who is signed in: the user, or null for a visitor (always 200, unlike me)")
            .AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("change-password", ChangePassword).WithName("ChangePassword").WithSummary("Change the signed-in user's password")
            .RequireAuthorization(Policies.User).WithStandardErrors()
            .WithErrorCodes("auth.invalid-credentials");
        group.MapGet("antiforgery", GetAntiforgeryToken).WithName("GetAntiforgeryToken")
            .WithSummary("Issue the XSRF-TOKEN cookie whose value unsafe requests echo in the X-XSRF-TOKEN header")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Public).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Ok<CurrentUserDto>> Login(ISender sender, HttpContext context, LoginCommand body, CancellationToken ct)
    {
        var user = await sender.Send(body, ct);
        AntiforgeryCookie.Issue(context);
        return TypedResults.Ok(user);
    }

    private static async Task<NoContent> Logout(ISender sender, HttpContext context, CancellationToken ct)
    {
        await sender.Send(new LogoutCommand(), ct);
        context.Response.Cookies.Delete(AntiforgeryCookie.CookieName);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LogoutEverywhere(ISender sender, HttpContext context, CancellationToken ct)
    {
        await sender.Send(new SignOutEverywhereCommand(), ct);
        context.Response.Cookies.Delete(AntiforgeryCookie.CookieName);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CurrentUserDto>> GetCurrentUser(ISender sender, HttpContext context, CancellationToken ct)
    {
        var user = await sender.Send(new GetCurrentUserQuery(), ct);
        AntiforgeryCookie.Issue(context);
        return TypedResults.Ok(user);
    }

    private static async Task<Ok<SessionDto>> GetSession(ISender sender, HttpContext context, CancellationToken ct)
    {
        var session = await sender.Send(new GetSessionQuery(), ct);
        AntiforgeryCookie.Issue(context);
        return TypedResults.Ok(session);
    }

    private static async Task<NoContent> ChangePassword(ISender sender, ChangePasswordCommand body, CancellationToken ct)
    {
        await sender.Send(body, ct);
        return TypedResults.NoContent();
    }

    private static NoContent GetAntiforgeryToken(HttpContext context)
    {
        AntiforgeryCookie.Issue(context);
        return TypedResults.NoContent();
    }
}
