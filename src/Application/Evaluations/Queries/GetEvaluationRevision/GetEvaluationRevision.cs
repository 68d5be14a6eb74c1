using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Queries.GetEvaluationRevision;

/// <summary>An approved revision as it was approved (older revisions stay readable).</summary>
public sealed record GetEvaluationRevisionQuery(int Year, int Number) : IQuery<EvaluationRevisionDto>;

public sealed class GetEvaluationRevisionHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationRevisionQuery, EvaluationRevisionDto>
{
    public async ValueTask<EvaluationRevisionDto> Handle(GetEvaluationRevisionQuery query, CancellationToken cancellationToken)
    {
        var revision = await db.EvaluationRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Year == query.Year && r.Number == query.Number, cancellationToken)
            ?? throw new NotFoundException(nameof(EvaluationRevision), $"{query.Year}/{query.Number}");
        return new EvaluationRevisionDto(revision.Year, EvaluationResults.ToSummary(revision), EvaluationSchemeDefinition.FromJson(revision.SchemeJson), revision.Rows);
    }
}
