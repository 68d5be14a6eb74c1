using InvestPromo.Api.Security;
using InvestPromo.Application.ReferenceData.Queries;
using InvestPromo.Domain.ReferenceData;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public static class ReferenceDataEndpoints
{
    public static void MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api", "ReferenceData").RequireAuthorization(Policies.ReadOrganisation);

        group.MapGet("industry-chains", ListIndustryChains).WithName("ListIndustryChains")
            .WithSummary("The industry-chain taxonomy (产业链)").WithStandardErrors();
        group.MapGet("regions", ListSourceRegions).WithName("ListSourceRegions")
            .WithSummary("Source regions: provinces by GB/T 2260 code, countries by ISO 3166-1 alpha-2").WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<IndustryChainDto>>> ListIndustryChains(ISender sender, CancellationToken ct, bool includeInactive = false) =>
        TypedResults.Ok(await sender.Send(new ListIndustryChainsQuery(includeInactive), ct));

    private static async Task<Ok<IReadOnlyList<SourceRegionDto>>> ListSourceRegions(ISender sender, CancellationToken ct, SourceRegionKind? kind = null) =>
        TypedResults.Ok(await sender.Send(new ListSourceRegionsQuery(kind), ct));
}
