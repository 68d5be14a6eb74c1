using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Users;
using InvestPromo.Application.Users.Commands.CreateUser;
using InvestPromo.Application.Users.Commands.EndUserSessions;
using InvestPromo.Application.Users.Commands.ResetUserPassword;
using InvestPromo.Application.Users.Commands.UnlockUser;
using InvestPromo.Application.Users.Commands.UpdateUser;
using InvestPromo.Application.Users.Queries.GetUser;
using InvestPromo.Application.Users.Queries.ListUserSessions;
using InvestPromo.Application.Users.Queries.ListUsers;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateUserRequest(string DisplayName, string Role, Guid? UnitId, string? Email, string? PhoneNumber, bool IsActive, int Version, Guid? AssociationId = null);

public sealed record ResetPasswordRequest(string NewPassword);

public static class UsersEndpoints
{
    public static void MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/users", "Users").RequireAuthorization(Policies.Admin);

        group.MapGet("", ListUsers).WithName("ListUsers").WithSummary("List user accounts").WithStandardErrors();
        group.MapGet("{id:guid}", GetUser).WithName("GetUser").WithSummary("One user account").WithStandardErrors().WithNotFound();
        group.MapPost("", CreateUser).WithName("CreateUser").WithSummary("Create a user account with one role (a filer needs a unit)")
            .WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("user.name-taken", "user.filer-needs-unit", "user.unit-not-found", "user.display-name-invalid", "user.association-required", "user.association-not-found");
        group.MapPut("{id:guid}", UpdateUser).WithName("UpdateUser").WithSummary("Update a user account: role, unit, contact, active (send the version you read)")
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("user.filer-needs-unit", "user.unit-not-found", "user.cannot-deactivate-self", "user.cannot-demote-self", "user.display-name-invalid", "user.association-required", "user.association-not-found");
        group.MapPost("{id:guid}/reset-password", ResetUserPassword).WithName("ResetUserPassword").WithSummary("Set a new password for a user and unlock the account")
            .WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapPost("{id:guid}/unlock", UnlockUser).WithName("UnlockUser")
            .WithSummary("End an account's lock after failed sign-ins from many addresses, and clear its failure counts")
            .WithStandardErrors().WithNotFound();
        group.MapGet("{id:guid}/sessions", ListUserSessions).WithName("ListUserSessions").WithSummary("A user's active sign-in sessions, newest first")
            .WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/sessions/end", EndUserSessions).WithName("EndUserSessions")
            .WithSummary("End all of a user's sign-in sessions: each of its cookies answers 401 from the next request on (audited)")
            .WithStandardErrors().WithNotFound();
    }

    private static async Task<Ok<PagedList<UserDto>>> ListUsers(ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, string? search = null, string? role = null, Guid? unitId = null) =>
        TypedResults.Ok(await sender.Send(new ListUsersQuery(page, pageSize, search, role, unitId), ct));

    private static async Task<Ok<UserDto>> GetUser(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUserQuery(id), ct));

    private static async Task<Created<UserDto>> CreateUser(ISender sender, CreateUserCommand body, CancellationToken ct)
    {
        var user = await sender.Send(body, ct);
        return TypedResults.Created($"/api/users/{user.Id}", user);
    }

    private static async Task<Ok<UserDto>> UpdateUser(ISender sender, Guid id, UpdateUserRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateUserCommand(id, body.DisplayName, body.Role, body.UnitId, body.Email, body.PhoneNumber, body.IsActive, body.Version, body.AssociationId), ct));

    private static async Task<Ok<IReadOnlyList<UserSessionDto>>> ListUserSessions(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListUserSessionsQuery(id), ct));

    private static async Task<Ok<SessionsEndedDto>> EndUserSessions(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new EndUserSessionsCommand(id), ct));

    private static async Task<NoContent> ResetUserPassword(ISender sender, Guid id, ResetPasswordRequest body, CancellationToken ct)
    {
        await sender.Send(new ResetUserPasswordCommand(id, body.NewPassword), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UnlockUser(ISender sender, Guid id, CancellationToken ct)
    {
        await sender.Send(new UnlockUserCommand(id), ct);
        return TypedResults.NoContent();
    }
}
