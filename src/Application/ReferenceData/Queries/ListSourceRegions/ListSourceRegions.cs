using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Queries.ListSourceRegions;

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
