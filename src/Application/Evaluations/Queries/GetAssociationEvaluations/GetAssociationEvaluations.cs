namespace InvestPromo.Application.Evaluations.Queries.GetAssociationEvaluations;

/// <summary>The signed-in association's own score and rank in each year's latest approved revision, newest first.</summary>
public sealed record GetAssociationEvaluationsQuery : IQuery<IReadOnlyList<AssociationEvaluationResultDto>>;

public sealed class GetAssociationEvaluationsHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetAssociationEvaluationsQuery, IReadOnlyList<AssociationEvaluationResultDto>>
{
    public async ValueTask<IReadOnlyList<AssociationEvaluationResultDto>> Handle(GetAssociationEvaluationsQuery query, CancellationToken cancellationToken)
    {
        var association = user.AssociationId ?? throw new ForbiddenAccessException("Only an association's users have an association portal.");
        var revisions = await db.EvaluationRevisions.AsNoTracking()
            .Where(r => r.Number == db.EvaluationRevisions.Where(o => o.EvaluationId == r.EvaluationId).Max(o => o.Number))
            .OrderByDescending(r => r.Year).ToListAsync(cancellationToken);
        var answer = new List<AssociationEvaluationResultDto>();
        foreach (var revision in revisions)
        {
            var rows = revision.Rows;
            if (rows.FirstOrDefault(r => r.AssociationId == association) is { } own)
            {
                var total = Domain.Evaluations.EvaluationSchemeDefinition.FromJson(revision.SchemeJson).TotalScore;
                answer.Add(new AssociationEvaluationResultDto(revision.Year, revision.Number, own.Total, total, own.Rank, own.Published, rows.Count, revision.ApprovedAt));
            }
        }

        return answer;
    }
}
