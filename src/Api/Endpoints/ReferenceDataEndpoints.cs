using InvestPromo.Api.Security;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Application.ReferenceData.Commands.CreateIndustryChain;
using InvestPromo.Application.ReferenceData.Commands.CreateSourceRegion;
using InvestPromo.Application.ReferenceData.Commands.DeleteIndustryChain;
using InvestPromo.Application.ReferenceData.Commands.UpdateIndustryChain;
using InvestPromo.Application.ReferenceData.Commands.UpdateSourceRegion;
using InvestPromo.Application.ReferenceData.Queries.ListIndustryChains;
using InvestPromo.Application.ReferenceData.Queries.ListSourceRegions;
using InvestPromo.Domain.ReferenceData;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateIndustryChainRequest(string Name, string? NameEn, string? Group, int SortOrder, bool IsActive, int Version);

public sealed record UpdateSourceRegionRequest(string Name, string NameEn, bool IsActive, int Version);

public static class ReferenceDataEndpoints
{
    public static void MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api", "ReferenceData").RequireAuthorization(Policies.ReadOrganisation);

        group.MapGet("industry-chains", ListIndustryChains).WithName("ListIndustryChains")
            .WithSummary("The industry-chain taxonomy (产业链)").WithStandardErrors();
        group.MapPost("industry-chains", CreateIndustryChain).WithName("CreateIndustryChain")
            .WithSummary("Add an industry chain to the taxonomy").RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("industry-chain.code-taken", "industry-chain.code-invalid", "industry-chain.name-invalid", "industry-chain.group-invalid");
        group.MapPut("industry-chains/{id:guid}", UpdateIndustryChain).WithName("UpdateIndustryChain")
            .WithSummary("Rename, regroup, reorder, deactivate or reactivate an industry chain (send the version you read; the code is fixed)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("industry-chain.name-invalid", "industry-chain.group-invalid");
        group.MapDelete("industry-chains/{id:guid}", DeleteIndustryChain).WithName("DeleteIndustryChain")
            .WithSummary("Delete an industry chain no filing uses (soft delete); deactivate a chain in use instead")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("industry-chain.in-use", "entity.already-deleted");
        group.MapGet("regions", ListSourceRegions).WithName("ListSourceRegions")
            .WithSummary("Source regions: provinces and cities by GB/T 2260 code (a city names its province in parentCode), countries by ISO 3166-1 alpha-2; active ones unless includeInactive")
            .WithStandardErrors();
        group.MapPost("regions", CreateSourceRegion).WithName("CreateSourceRegion")
            .WithSummary("Add a source region: the code decides the kind (six digits a GB/T 2260 province or city, whose province must exist; two letters a country)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("region.code-taken", "region.code-invalid", "region.province-missing", "region.name-invalid");
        group.MapPut("regions/{code}", UpdateSourceRegion).WithName("UpdateSourceRegion")
            .WithSummary("Rename, deactivate or reactivate a source region (send the version you read; the code is fixed)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("region.name-invalid");
    }

    private static async Task<Ok<IReadOnlyList<IndustryChainDto>>> ListIndustryChains(ISender sender, CancellationToken ct, bool includeInactive = false) =>
        TypedResults.Ok(await sender.Send(new ListIndustryChainsQuery(includeInactive), ct));

    private static async Task<Created<IndustryChainDto>> CreateIndustryChain(ISender sender, CreateIndustryChainCommand body, CancellationToken ct)
    {
        var chain = await sender.Send(body, ct);
        return TypedResults.Created($"/api/industry-chains/{chain.Id}", chain);
    }

    private static async Task<Ok<IndustryChainDto>> UpdateIndustryChain(ISender sender, Guid id, UpdateIndustryChainRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateIndustryChainCommand(id, body.Name, body.NameEn, body.Group, body.SortOrder, body.IsActive, body.Version), ct));

    private static async Task<NoContent> DeleteIndustryChain(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteIndustryChainCommand(id, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<SourceRegionDto>>> ListSourceRegions(
        ISender sender, CancellationToken ct, SourceRegionKind? kind = null, string? parentCode = null, bool includeInactive = false) =>
        TypedResults.Ok(await sender.Send(new ListSourceRegionsQuery(kind, parentCode, includeInactive), ct));

    private static async Task<Created<SourceRegionDto>> CreateSourceRegion(ISender sender, CreateSourceRegionCommand body, CancellationToken ct)
    {
        var region = await sender.Send(body, ct);
        return TypedResults.Created($"/api/regions/{region.Code}", region);
    }

    private static async Task<Ok<SourceRegionDto>> UpdateSourceRegion(ISender sender, string code, UpdateSourceRegionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateSourceRegionCommand(code, body.Name, body.NameEn, body.IsActive, body.Version), ct));
}
