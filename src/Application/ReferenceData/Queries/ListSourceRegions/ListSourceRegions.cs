using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Queries.ListSourceRegions;

/// <summary>
/// Source regions in their order (provinces, countries, then cities, each by sort order): active ones unless
/// <see cref="IncludeInactive"/>; narrowed to one kind and/or to the cities of one province (<see cref="ParentCode"/>).
/// </summary>
public sealed record ListSourceRegionsQuery(SourceRegionKind? Kind = null, string? ParentCode = null, bool IncludeInactive = false)
    : IQuery<IReadOnlyList<SourceRegionDto>>;

public sealed class ListSourceRegionsValidator : AbstractValidator<ListSourceRegionsQuery>
{
    public ListSourceRegionsValidator()
    {
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.ParentCode).MaximumLength(SourceRegion.CodeMaxLength);
    }
}

public sealed class ListSourceRegionsHandler(IApplicationDbContext db) : IQueryHandler<ListSourceRegionsQuery, IReadOnlyList<SourceRegionDto>>
{
    public async ValueTask<IReadOnlyList<SourceRegionDto>> Handle(ListSourceRegionsQuery query, CancellationToken cancellationToken)
    {
        var regions = db.SourceRegions.AsNoTracking();
        if (!query.IncludeInactive)
        {
            regions = regions.Where(r => r.IsActive);
        }

        if (query.Kind is { } kind)
        {
            regions = regions.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.ParentCode))
        {
            var parent = query.ParentCode.Trim();
            regions = regions.Where(r => r.ParentCode == parent);
        }

        // Kind is stored as its name: order in memory by the enum's value (provinces, countries, cities).
        var list = await regions.ProjectToDto().ToListAsync(cancellationToken);
        return [.. list.OrderBy(r => r.Kind).ThenBy(r => r.ParentCode, StringComparer.Ordinal).ThenBy(r => r.SortOrder).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }
}
