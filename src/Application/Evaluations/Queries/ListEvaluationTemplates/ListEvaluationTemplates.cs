using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Queries.ListEvaluationTemplates;

/// <summary>The shipped templates: Changde's four areas and Hunan's three.</summary>
public sealed record ListEvaluationTemplatesQuery : IQuery<IReadOnlyList<EvaluationTemplateDto>>;

public sealed class ListEvaluationTemplatesHandler : IQueryHandler<ListEvaluationTemplatesQuery, IReadOnlyList<EvaluationTemplateDto>>
{
    public ValueTask<IReadOnlyList<EvaluationTemplateDto>> Handle(ListEvaluationTemplatesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<EvaluationTemplateDto>>([.. EvaluationTemplates.Keys.Select(k =>
        {
            var t = EvaluationTemplates.Find(k)!;
            return new EvaluationTemplateDto(k, t.Name, t.TotalScore, t.Groups);
        })]);
}
