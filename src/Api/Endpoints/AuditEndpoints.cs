using InvestPromo.Api.Security;
using InvestPromo.Application.Audit.Queries.ListAuditedEntityTypes;
using InvestPromo.Application.Audit.Queries.ListAuditEntries;
using InvestPromo.Application.Common.Models;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/audit", "Audit").RequireAuthorization(Policies.Admin);

        group.MapGet("", ListAuditEntries).WithName("ListAuditEntries")
            .WithSummary("The audit trail: who changed what, when, with the object's name and values before and after; newest first").WithStandardErrors();
        group.MapGet("entity-types", ListAuditedEntityTypes).WithName("ListAuditedEntityTypes")
            .WithSummary("The entity types the audit trail records (the values of the list's entityType filter)").WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<string>>> ListAuditedEntityTypes(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListAuditedEntityTypesQuery(), ct));

    private static async Task<Ok<PagedList<AuditEntryDto>>> ListAuditEntries(
        ISender sender,
        CancellationToken ct,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        string? entityType = null,
        string? entityId = null,
        string? userName = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null) =>
        TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(page, pageSize, entityType, entityId, userName, from, to), ct));
}
