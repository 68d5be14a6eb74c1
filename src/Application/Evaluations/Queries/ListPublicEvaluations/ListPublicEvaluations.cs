namespace InvestPromo.Application.Evaluations.Queries.ListPublicEvaluations;

/// <summary>Anyone: the years with a published 榜单, newest first, with their latest revision.</summary>
public sealed record ListPublicEvaluationsQuery : IQuery<IReadOnlyList<PublicEvaluationYearDto>>;

public sealed class ListPublicEvaluationsHandler(IApplicationDbContext db) : IQueryHandler<ListPublicEvaluationsQuery, IReadOnlyList<PublicEvaluationYearDto>>
{
    public async ValueTask<IReadOnlyList<PublicEvaluationYearDto>> Handle(ListPublicEvaluationsQuery query, CancellationToken cancellationToken)
    {
        var latest = await db.EvaluationRevisions.AsNoTracking()
            .Where(r => r.Number == db.EvaluationRevisions.Where(o => o.EvaluationId == r.EvaluationId).Max(o => o.Number))
            .Select(r => new { r.EvaluationId, r.Year, r.Number, r.PublishedCount })
            .ToListAsync(cancellationToken);
        var ids = latest.Select(r => r.EvaluationId).ToList();
        var evaluations = await db.AssociationEvaluations.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.PublishedAt, e.RevisedAt }).ToDictionaryAsync(e => e.Id, cancellationToken);
        return [.. latest.Where(r => evaluations.ContainsKey(r.EvaluationId)).OrderByDescending(r => r.Year)
            .Select(r => new PublicEvaluationYearDto(r.Year, r.Number, evaluations[r.EvaluationId].PublishedAt!.Value, evaluations[r.EvaluationId].RevisedAt, r.PublishedCount))];
    }
}
