using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Queries.GetEvaluationScheme;

/// <summary>A year's scheme (404 when none was set up).</summary>
public sealed record GetEvaluationSchemeQuery(int Year) : IQuery<EvaluationSchemeDto>;

public sealed class GetEvaluationSchemeHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationSchemeQuery, EvaluationSchemeDto>
{
    public async ValueTask<EvaluationSchemeDto> Handle(GetEvaluationSchemeQuery query, CancellationToken cancellationToken)
    {
        var scheme = await db.EvaluationSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Year == query.Year, cancellationToken)
            ?? throw new NotFoundException(nameof(EvaluationScheme), query.Year);
        var open = await db.AssociationEvaluations.IgnoreQueryFilters().AnyAsync(e => e.Year == query.Year, cancellationToken);
        return EvaluationSchemes.ToDto(scheme, open);
    }
}
