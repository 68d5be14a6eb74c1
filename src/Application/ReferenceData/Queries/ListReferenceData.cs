using FluentValidation;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.ReferenceData;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.ReferenceData.Queries;

public sealed record IndustryChainDto(Guid Id, string Code, string Name, string? NameEn, string? Group, int SortOrder, bool IsActive, int Version);

public sealed record SourceRegionDto(string Code, string Name, string NameEn, SourceRegionKind Kind);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ReferenceDataMapper
{
    public static partial IQueryable<IndustryChainDto> ProjectToDto(this IQueryable<IndustryChain> chains);

    public static partial IndustryChainDto ToDto(this IndustryChain chain);

    public static partial IQueryable<SourceRegionDto> ProjectToDto(this IQueryable<SourceRegion> regions);
}

public sealed record ListIndustryChainsQuery(bool IncludeInactive = false) : IQuery<IReadOnlyList<IndustryChainDto>>;

public sealed class ListIndustryChainsHandler(IApplicationDbContext db) : IQueryHandler<ListIndustryChainsQuery, IReadOnlyList<IndustryChainDto>>
{
    public async ValueTask<IReadOnlyList<IndustryChainDto>> Handle(ListIndustryChainsQuery query, CancellationToken cancellationToken)
    {
        var chains = db.IndustryChains.AsNoTracking();
        if (!query.IncludeInactive)
        {
            chains = chains.Where(c => c.IsActive);
        }

        return await chains.OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ProjectToDto().ToListAsync(cancellationToken);
    }
}

public sealed record ListSourceRegionsQuery(SourceRegionKind? Kind = null) : IQuery<IReadOnlyList<SourceRegionDto>>;

public sealed class ListSourceRegionsValidator : AbstractValidator<ListSourceRegionsQuery>
{
    public ListSourceRegionsValidator() => RuleFor(x => x.Kind).IsInEnum();
}

public sealed class ListSourceRegionsHandler(IApplicationDbContext db) : IQueryHandler<ListSourceRegionsQuery, IReadOnlyList<SourceRegionDto>>
{
    public async ValueTask<IReadOnlyList<SourceRegionDto>> Handle(ListSourceRegionsQuery query, CancellationToken cancellationToken)
    {
        var regions = db.SourceRegions.AsNoTracking();
        if (query.Kind is { } kind)
        {
            regions = regions.Where(r => r.Kind == kind);
        }

        return await regions.OrderBy(r => r.Kind).ThenBy(r => r.SortOrder).ThenBy(r => r.Code).ProjectToDto().ToListAsync(cancellationToken);
    }
}
