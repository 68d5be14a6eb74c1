namespace InvestPromo.Application.Evaluations.Queries.ListEvaluations;

/// <summary>Every year's evaluation, newest first.</summary>
public sealed record ListEvaluationsQuery : IQuery<IReadOnlyList<EvaluationSummaryDto>>;

public sealed class ListEvaluationsHandler(IApplicationDbContext db) : IQueryHandler<ListEvaluationsQuery, IReadOnlyList<EvaluationSummaryDto>>
{
    public async ValueTask<IReadOnlyList<EvaluationSummaryDto>> Handle(ListEvaluationsQuery query, CancellationToken cancellationToken)
    {
        var evaluations = await db.AssociationEvaluations.AsNoTracking().OrderByDescending(e => e.Year).ToListAsync(cancellationToken);
        var ids = evaluations.Select(e => e.Id).ToList();
        var counts = await db.EvaluationEntries.Where(e => ids.Contains(e.EvaluationId)).GroupBy(e => e.EvaluationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. evaluations.Select(e => EvaluationResults.ToSummary(e, counts.GetValueOrDefault(e.Id)))];
    }
}
