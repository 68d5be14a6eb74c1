using InvestPromo.Domain.ReferenceData;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.ReferenceData;

public sealed record IndustryChainDto(Guid Id, string Code, string Name, string? NameEn, string? Group, int SortOrder, bool IsActive, int Version);

public sealed record SourceRegionDto(string Code, string Name, string NameEn, SourceRegionKind Kind);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ReferenceDataMapper
{
    public static partial IQueryable<IndustryChainDto> ProjectToDto(this IQueryable<IndustryChain> chains);

    public static partial IndustryChainDto ToDto(this IndustryChain chain);

    public static partial IQueryable<SourceRegionDto> ProjectToDto(this IQueryable<SourceRegion> regions);
}
