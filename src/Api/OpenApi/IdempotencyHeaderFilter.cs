using System.Text.Json.Nodes;
using InvestPromo.Api.Idempotency;
using InvestPromo.Domain.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace InvestPromo.Api.OpenApi;

/// <summary>
/// Documents the optional <c>Idempotency-Key</c> header on every operation marked <c>.WithIdempotency()</c>, and the
/// <c>Idempotency-Replayed</c> header on its answers, so integrators and generated clients see where retries are safe.
/// </summary>
internal sealed class IdempotencyHeaderFilter : IOperationFilter
{
    public const string Description =
        "Optional (an empty value counts as none). Makes a retry safe: 1–100 printable ASCII characters (a UUID is a good choice), "
        + "unique per write. Kept per caller (the user, the API key, or for anonymous writes the client address) for 24 hours by default. Sending the same key again with the same "
        + "method, path and body answers the first answer again (same status, Location and body; JSON bodies up to 256 KiB by default, a "
        + "larger or non-JSON one is replayed with an empty body) with the header `Idempotency-Replayed: true`, and the write does not run again. Answers "
        + "of 500 and above are not kept, so a retry after one runs again. Errors: 400 `idempotency.key-invalid` (malformed key), "
        + "409 `idempotency.key-reused` (the key was used for a different request), 409 `idempotency.in-progress` (the first request "
        + "with this key is still running; retry shortly). Without the header the write behaves as it always has.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotencyMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeys.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = Description,
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                // No minimum: an empty value counts as none (NSwag clients send one), and a validating proxy must accept it.
                MaxLength = IdempotencyKey.KeyMaxLength,
                Pattern = "^[\\x20-\\x7E]*$",
            },
            Example = JsonValue.Create("5f0c6a1e-8a4b-4f5e-9d57-0b8f3d2a7c11"),
        });

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (!status.StartsWith('2') || response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            concrete.Headers[IdempotencyKeys.ReplayedHeaderName] = new OpenApiHeader
            {
                Description = "\"true\" when this is the first answer to an earlier request with the same Idempotency-Key, given again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true")] },
            };
        }
    }
}
