using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Webhooks;
using InvestPromo.Application.Webhooks.Commands.CreateWebhookSubscription;
using InvestPromo.Application.Webhooks.Commands.DeleteWebhookSubscription;
using InvestPromo.Application.Webhooks.Commands.PingWebhookSubscription;
using InvestPromo.Application.Webhooks.Commands.RedeliverWebhook;
using InvestPromo.Application.Webhooks.Commands.UpdateWebhookSubscription;
using InvestPromo.Application.Webhooks.Queries.GetWebhookSubscription;
using InvestPromo.Application.Webhooks.Queries.ListWebhookDeliveries;
using InvestPromo.Application.Webhooks.Queries.ListWebhookEventTypes;
using InvestPromo.Application.Webhooks.Queries.ListWebhookSubscriptions;
using InvestPromo.Domain.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// A subscription's new fields and the version read. <c>paused</c> pauses or resumes it; <c>rotateSecret</c> has the server
/// generate a new secret (in this answer only); <c>secret</c> sets one of the admin's own. Leave both out to keep the secret.
/// </summary>
public sealed record UpdateWebhookSubscriptionRequest(
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    bool Paused,
    int Version,
    bool RotateSecret = false,
    string? Secret = null);

public static class WebhooksEndpoints
{
    private const string Delivery =
        " A delivery is a POST of JSON { id, type, occurredAt, data } with the headers X-InvestPromo-Event (the type), " +
        "X-InvestPromo-Event-Id (for de-duplication), X-InvestPromo-Timestamp (Unix seconds) and X-InvestPromo-Signature: " +
        "v1=<lowercase hex HMAC-SHA256(secret, timestamp + \".\" + raw body)>. A receiver answers 2xx within the timeout (10 s by " +
        "default); anything else, redirects included, is retried with exponential backoff, and after the last attempt (8 by " +
        "default) the delivery fails and the subscription is marked failing. Admins only.";

    public static void MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/webhooks", "Webhooks").RequireAuthorization(Policies.Admin);

        group.MapGet("subscriptions", ListSubscriptions).WithName("ListWebhookSubscriptions")
            .WithSummary("List webhook subscriptions (never their secrets)")
            .WithDescription("Every webhook subscription that is not deleted, newest first, with its status (Active, Paused or Failing). Secrets are never returned. Admins only.")
            .WithStandardErrors();
        group.MapPost("subscriptions", CreateSubscription).WithName("CreateWebhookSubscription")
            .WithSummary("Register a webhook subscription; a generated secret is in this answer only")
            .WithDescription("Registers a receiver URL for the chosen event types (GET /api/webhooks/event-types). The URL must be HTTPS " +
                "(plain HTTP only to loopback where configured, as in Development) and must not point to a private, loopback, link-local, " +
                "multicast or unspecified address unless configured. Without `secret` the server generates one and answers it once." + Delivery)
            .WithStandardErrors().WithWriteErrors().WithErrorCodes("webhooks.url-not-https", "webhooks.url-private", "webhooks.url-invalid", "webhooks.event-types-invalid", "webhooks.description-invalid");
        group.MapGet("subscriptions/{id:guid}", GetSubscription).WithName("GetWebhookSubscription")
            .WithSummary("One webhook subscription")
            .WithDescription("One subscription (never its secret); a deleted or unknown one is a 404. Admins only.")
            .WithStandardErrors().WithNotFound();
        group.MapPut("subscriptions/{id:guid}", UpdateSubscription).WithName("UpdateWebhookSubscription")
            .WithSummary("Edit, pause or resume a webhook subscription, or rotate its secret (send the version you read)")
            .WithDescription("Replaces the URL, event types and description, pauses (`paused: true`: nothing new is queued, queued deliveries wait) " +
                "or resumes it, and with `rotateSecret` generates a new secret answered once (or sets `secret`). A stale version is a 409. Admins only.")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("webhooks.url-not-https", "webhooks.url-private", "webhooks.url-invalid", "webhooks.event-types-invalid", "webhooks.description-invalid");
        group.MapDelete("subscriptions/{id:guid}", DeleteSubscription).WithName("DeleteWebhookSubscription")
            .WithSummary("Delete a webhook subscription (soft delete; send the version you read)")
            .WithDescription("Deletes the subscription softly: nothing more is queued or sent to it; its delivery log stays. A stale version is a 409. Admins only.")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");
        group.MapPost("subscriptions/{id:guid}/ping", PingSubscription).WithName("PingWebhookSubscription")
            .WithSummary("Send a ping event to a subscription")
            .WithDescription("Queues a `ping` event (data: { subscriptionId }) for this subscription alone, paused or not, and starts delivery at once; " +
                "its outcome appears in the delivery log. Admins only.")
            .WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapGet("event-types", ListEventTypes).WithName("ListWebhookEventTypes")
            .WithSummary("The event types a subscription may choose")
            .WithDescription("filing.submitted, filing.approved, filing.returned, filing.revoked, publication.published, objection.lodged, objection.decided " +
                "(and those later versions add). Payloads carry ids, names and outcomes, never contacts. Admins only.")
            .WithStandardErrors();
        group.MapGet("deliveries", ListDeliveries).WithName("ListWebhookDeliveries")
            .WithSummary("The webhook delivery log (paged)")
            .WithDescription("Deliveries newest first, optionally of one subscription and in one status (Pending, Delivered, Failed): the event type, " +
                "attempts, the last status code, error and answer (its first 4 KiB), the next attempt and when it was delivered. Admins only.")
            .WithStandardErrors();
        group.MapPost("deliveries/{id:guid}/redeliver", Redeliver).WithName("RedeliverWebhook")
            .WithSummary("Send a delivered or failed event to its subscription again")
            .WithDescription("Starts a new series of attempts for the same event (same event id and body) and subscription; audited. " +
                "Refused while the delivery is still pending (409 webhooks.delivery-pending). Admins only.")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("webhooks.delivery-pending");
    }

    private static async Task<Ok<IReadOnlyList<WebhookSubscriptionDto>>> ListSubscriptions(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListWebhookSubscriptionsQuery(), ct));

    private static async Task<Created<WebhookSubscriptionSavedDto>> CreateSubscription(ISender sender, CreateWebhookSubscriptionCommand body, CancellationToken ct)
    {
        var saved = await sender.Send(body, ct);
        return TypedResults.Created($"/api/webhooks/subscriptions/{saved.Subscription.Id}", saved);
    }

    private static async Task<Ok<WebhookSubscriptionDto>> GetSubscription(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetWebhookSubscriptionQuery(id), ct));

    private static async Task<Ok<WebhookSubscriptionSavedDto>> UpdateSubscription(ISender sender, Guid id, UpdateWebhookSubscriptionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(
            new UpdateWebhookSubscriptionCommand(id, body.Url, body.EventTypes, body.Description, body.Paused, body.Version, body.RotateSecret, body.Secret), ct));

    private static async Task<NoContent> DeleteSubscription(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteWebhookSubscriptionCommand(id, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Accepted<WebhookDeliveryDto>> PingSubscription(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Accepted((string?)null, await sender.Send(new PingWebhookSubscriptionCommand(id), ct));

    private static async Task<Ok<IReadOnlyList<string>>> ListEventTypes(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListWebhookEventTypesQuery(), ct));

    private static async Task<Ok<PagedList<WebhookDeliveryDto>>> ListDeliveries(
        ISender sender, CancellationToken ct, Guid? subscriptionId = null, WebhookDeliveryStatus? status = null, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListWebhookDeliveriesQuery(subscriptionId, status, page, pageSize), ct));

    private static async Task<Accepted<WebhookDeliveryDto>> Redeliver(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Accepted((string?)null, await sender.Send(new RedeliverWebhookCommand(id), ct));
}
