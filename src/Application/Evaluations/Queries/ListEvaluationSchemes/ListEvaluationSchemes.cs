namespace InvestPromo.Application.Evaluations.Queries.ListEvaluationSchemes;

/// <summary>Every year's scheme, newest first; locked once the year's evaluation is open.</summary>
public sealed record ListEvaluationSchemesQuery : IQuery<IReadOnlyList<EvaluationSchemeDto>>;

public sealed class ListEvaluationSchemesHandler(IApplicationDbContext db) : IQueryHandler<ListEvaluationSchemesQuery, IReadOnlyList<EvaluationSchemeDto>>
{
    public async ValueTask<IReadOnlyList<EvaluationSchemeDto>> Handle(ListEvaluationSchemesQuery query, CancellationToken cancellationToken)
    {
        var schemes = await db.EvaluationSchemes.AsNoTracking().OrderByDescending(s => s.Year).ToListAsync(cancellationToken);
        var open = (await db.AssociationEvaluations.IgnoreQueryFilters().Select(e => e.Year).ToListAsync(cancellationToken)).ToHashSet();
        return [.. schemes.Select(s => EvaluationSchemes.ToDto(s, open.Contains(s.Year)))];
    }
}
