using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Publications;
using InvestPromo.Application.Publications.Commands.PublishWeek;
using InvestPromo.Application.Publications.Queries.GetPublication;
using InvestPromo.Application.Publications.Queries.ListPublications;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record PublishWeekRequest(DateOnly WeekStart);

/// <summary>
/// 每周公示. Reviewers and admins list publications and publish a week by hand (idempotent); anyone, without signing
/// in, lists and opens them under /api/public (rate-limited per address, cacheable for a minute). The public answers
/// carry public fields only: never contact people, phones, credit codes, attachments or user ids.
/// </summary>
public static class PublicationsEndpoints
{
    /// <summary>A publication's entries change status on re-review: caches may keep answers for a minute.</summary>
    public const string PublicCacheControl = "public, max-age=60";

    public static void MapPublicationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/publications", "Publications").RequireAuthorization(Policies.Reviewer);
        group.MapGet("", ListPublications).WithName("ListPublications")
            .WithSummary("The publications, newest week first, paged, with their numbers of entries").WithStandardErrors();
        group.MapPost("", PublishWeek).WithName("PublishWeek")
            .WithSummary("Publish a completed week (weekStart: its Monday); a week already published answers the existing publication")
            .WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("publication.week-start-invalid", "publication.week-not-completed", "publication.week-empty", "publication.number-invalid", "publication.publicity-invalid", "publication.entry-outside-week")
            .WithDescription("Idempotent: a week already published answers the existing publication. The weekly job does the same every Monday at 09:00 China time for the week before.");

        var open = app.MapApiGroup("/api/public/publications", "Public").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        open.MapGet("", ListPublicPublications).WithName("ListPublicPublications")
            .WithSummary("Anyone: the publications, newest week first, paged").WithPublicErrors();
        open.MapGet("{id:guid}", GetPublicPublication).WithName("GetPublicPublication")
            .WithSummary("Anyone: one publication with its projects (public fields only) and its publicity period")
            .WithPublicErrors().WithNotFound().Produces(StatusCodes.Status304NotModified)
            .WithDescription("Public fields only. Answers carry an ETag and may be cached for 60 seconds; send If-None-Match to get a 304 when nothing changed. Each entry's status is live (under re-review, objection dismissed, revoked, returned).");
    }

    /// <summary>Anonymous endpoints: bad input or too many requests.</summary>
    private static RouteHandlerBuilder WithPublicErrors(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Ok<PagedList<PublicationSummaryDto>>> ListPublications(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListPublicationsQuery(page, pageSize), ct));

    private static async Task<Ok<PublicationDto>> PublishWeek(ISender sender, PublishWeekRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new PublishWeekCommand(body.WeekStart), ct));

    private static async Task<Ok<PagedList<PublicationSummaryDto>>> ListPublicPublications(
        ISender sender, HttpResponse response, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var answer = await sender.Send(new ListPublicationsQuery(page, pageSize), ct);
        response.Headers.CacheControl = PublicCacheControl;
        return TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<PublicationDto>, StatusCodeHttpResult>> GetPublicPublication(
        ISender sender, HttpContext context, Guid id, CancellationToken ct)
    {
        var answer = await sender.Send(new GetPublicationQuery(id), ct);
        // The entries' statuses are live (re-review, revocation), so the tag is the answer's own fingerprint.
        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(answer)).AsSpan(0, 16)) + "\"";
        context.Response.Headers.CacheControl = PublicCacheControl;
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag || v == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(answer);
    }
}
