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

    /// <summary>
    /// The stable error <c>code</c>s this operation can answer with beyond the standard ones (validation.failed, auth.*,
    /// not-found, concurrency.stale, request.rate-limited), listed in its OpenAPI description.
    /// </summary>
    public static RouteHandlerBuilder WithErrorCodes(this RouteHandlerBuilder builder, params string[] codes) => builder
        .WithMetadata(new ErrorCodesMetadata(codes));

    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag);
}

/// <summary>The error codes an operation declares with <see cref="EndpointConventions.WithErrorCodes"/>.</summary>
public sealed record ErrorCodesMetadata(IReadOnlyList<string> Codes);

/// <summary>The body of a request that only carries the version the client read.</summary>
public sealed record VersionRequest(int Version);
