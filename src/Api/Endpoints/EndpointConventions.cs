namespace InvestPromo.Api.Endpoints;

/// <summary>The error answers an endpoint can give, so the OpenAPI document lists every response.</summary>
public static class EndpointConventions
{
    /// <summary>Any authenticated endpoint: bad input, not signed in, not allowed, too many requests.</summary>
    public static RouteHandlerBuilder WithStandardErrors(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>An endpoint addressing one record by id.</summary>
    public static RouteHandlerBuilder WithNotFound(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>An endpoint that changes data: broken rules or stale versions (409), rule-level invalid values (422), oversize bodies (413).</summary>
    public static RouteHandlerBuilder WithWriteErrors(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag);
}

/// <summary>The body of a request that only carries the version the client read.</summary>
public sealed record VersionRequest(int Version);
