using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.ApiKeys;
using InvestPromo.Application.ApiKeys.Commands.CreateApiKey;
using InvestPromo.Application.ApiKeys.Commands.RevokeApiKey;
using InvestPromo.Application.ApiKeys.Commands.SetApiKeyContacts;
using InvestPromo.Application.ApiKeys.Queries.ListApiKeys;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record RevokeApiKeyRequest(string? Reason);

/// <summary>Whether the key may read filings' contact people and phones; the version the admin read.</summary>
public sealed record SetApiKeyContactsRequest(bool MayReadContacts, int Version);

public static class ApiKeysEndpoints
{
    public static void MapApiKeysEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/api-keys", "ApiKeys").RequireAuthorization(Policies.Admin);

        group.MapGet("", ListApiKeys).WithName("ListApiKeys").WithSummary("List integrators' API keys (never their secrets)").WithStandardErrors();
        group.MapPost("", CreateApiKey).WithName("CreateApiKey").WithSummary("Create an API key; the secret is in this answer only")
            .WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("api-key.name-invalid", "api-key.scope-invalid", "api-key.expiry-in-past")
            .WithDescription("`scope`: `ReadOnly` (GET only) or `ReadWrite`; `expiresAt` optional (an instant in the future); `mayReadContacts` grants filings' contact people and phones (off by default). The `secret` (`ipk_…`) is in this answer only: store it and send it as the `X-Api-Key` header. Keys unused for 180 days are retired.")
            .WithIdempotency();
        group.MapPost("{id:guid}/revoke", RevokeApiKey).WithName("RevokeApiKey").WithSummary("Revoke an API key at once")
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("api-key.already-revoked", "api-key.reason-invalid");
        group.MapPut("{id:guid}/contacts", SetApiKeyContacts).WithName("SetApiKeyContacts")
            .WithSummary("Grant or withdraw a key's reading of filings' contacts (its scope is unchanged)")
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("api-key.already-revoked");
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyDto>>> ListApiKeys(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListApiKeysQuery(), ct));

    private static async Task<Created<CreatedApiKeyDto>> CreateApiKey(ISender sender, CreateApiKeyCommand body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/api-keys/{created.ApiKey.Id}", created);
    }

    private static async Task<Ok<ApiKeyDto>> SetApiKeyContacts(ISender sender, Guid id, SetApiKeyContactsRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetApiKeyContactsCommand(id, body.MayReadContacts, body.Version), ct));

    private static async Task<NoContent> RevokeApiKey(ISender sender, Guid id, RevokeApiKeyRequest body, CancellationToken ct)
    {
        await sender.Send(new RevokeApiKeyCommand(id, body.Reason), ct);
        return TypedResults.NoContent();
    }
}
