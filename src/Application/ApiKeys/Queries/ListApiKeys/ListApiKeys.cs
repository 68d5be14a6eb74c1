namespace InvestPromo.Application.ApiKeys.Queries.ListApiKeys;

public sealed record ListApiKeysQuery : IQuery<IReadOnlyList<ApiKeyDto>>;

public sealed class ListApiKeysHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).Take(500).ToListAsync(cancellationToken);
        return keys.Select(k => ApiKeyDto.From(k, now)).ToList();
    }
}
