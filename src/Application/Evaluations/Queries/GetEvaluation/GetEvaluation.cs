namespace InvestPromo.Application.Evaluations.Queries.GetEvaluation;

/// <summary>A year's evaluation: frozen scheme, every association's values, scores, total and rank now, and the approved revisions.</summary>
public sealed record GetEvaluationQuery(int Year) : IQuery<EvaluationDetailDto>;

public sealed class GetEvaluationHandler(IApplicationDbContext db, EvaluationOptions options) : IQueryHandler<GetEvaluationQuery, EvaluationDetailDto>
{
    public async ValueTask<EvaluationDetailDto> Handle(GetEvaluationQuery query, CancellationToken cancellationToken) =>
        await EvaluationResults.ToDetailAsync(db, await EvaluationResults.FindAsync(db, query.Year, cancellationToken), options.PublishTopN, cancellationToken);
}
