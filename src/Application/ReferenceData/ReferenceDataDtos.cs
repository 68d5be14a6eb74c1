using InvestPromo.Domain.ReferenceData;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.ReferenceData;

public sealed record IndustryChainDto(Guid Id, string Code, string Name, string? NameEn, string? Group, int SortOrder, bool IsActive, int Version);

/// <summary>A source region: a province or city by GB/T 2260 code (a city names its province), a country by ISO 3166-1 alpha-2.</summary>
public sealed record SourceRegionDto(string Code, string Name, string NameEn, SourceRegionKind Kind, string? ParentCode, int SortOrder, bool IsActive, int Version);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ReferenceDataMapper
{
    public static partial IQueryable<IndustryChainDto> ProjectToDto(this IQueryable<IndustryChain> chains);

    public static partial IndustryChainDto ToDto(this IndustryChain chain);

    public static partial IQueryable<SourceRegionDto> ProjectToDto(this IQueryable<SourceRegion> regions);

    public static partial SourceRegionDto ToDto(this SourceRegion region);
}
