namespace InvestPromo.Application.ReferenceData.Queries.ListIndustryChains;

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
