using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Notifications;
using InvestPromo.Application.Notifications.Commands.MarkAllNotificationsRead;
using InvestPromo.Application.Notifications.Commands.MarkNotificationRead;
using InvestPromo.Application.Notifications.Queries.ListMyNotifications;
using InvestPromo.Application.Notifications.Queries.UnreadNotificationCount;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// The signed-in user's own in-app notifications. Signed-in users only: an API key has no user and so no
/// notifications (403). Another user's notification is a 404.
/// </summary>
public static class NotificationsEndpoints
{
    public static void MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/notifications", "Notifications").RequireAuthorization(Policies.User);

        group.MapGet("", ListMyNotifications).WithName("ListMyNotifications")
            .WithSummary("My notifications, paged: newest first or unread first, optionally only the unread").WithStandardErrors();
        group.MapGet("unread-count", GetUnreadNotificationCount).WithName("GetUnreadNotificationCount")
            .WithSummary("How many of my notifications are unread").WithStandardErrors();
        group.MapPost("{id:guid}/read", MarkNotificationRead).WithName("MarkNotificationRead")
            .WithSummary("Mark one of my notifications read (again: no change)").WithStandardErrors().WithNotFound();
        group.MapPost("read-all", MarkAllNotificationsRead).WithName("MarkAllNotificationsRead")
            .WithSummary("Mark all my notifications read; answers how many were unread").WithStandardErrors();
    }

    private static async Task<Ok<PagedList<NotificationDto>>> ListMyNotifications(
        ISender sender,
        CancellationToken ct,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        bool unreadOnly = false,
        NotificationOrder order = NotificationOrder.Newest) =>
        TypedResults.Ok(await sender.Send(new ListMyNotificationsQuery(page, pageSize, unreadOnly, order), ct));

    private static async Task<Ok<UnreadCountDto>> GetUnreadNotificationCount(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UnreadNotificationCountQuery(), ct));

    private static async Task<NoContent> MarkNotificationRead(ISender sender, Guid id, CancellationToken ct)
    {
        await sender.Send(new MarkNotificationReadCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UnreadCountDto>> MarkAllNotificationsRead(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new MarkAllNotificationsReadCommand(), ct));
}
