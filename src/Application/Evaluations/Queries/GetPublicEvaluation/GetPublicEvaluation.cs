using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Queries.GetPublicEvaluation;

/// <summary>
/// Anyone: a year's published 榜单 — the latest approved revision (or the one asked for): rank, name, total and group scores of the
/// published places only; no contacts. A year not published is 404.
/// </summary>
public sealed record GetPublicEvaluationQuery(int Year, int? Revision = null) : IQuery<PublicEvaluationDto>;

public sealed class GetPublicEvaluationValidator : AbstractValidator<GetPublicEvaluationQuery>
{
    public GetPublicEvaluationValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Revision).GreaterThan(0);
    }
}

public sealed class GetPublicEvaluationHandler(IApplicationDbContext db) : IQueryHandler<GetPublicEvaluationQuery, PublicEvaluationDto>
{
    public async ValueTask<PublicEvaluationDto> Handle(GetPublicEvaluationQuery query, CancellationToken cancellationToken)
    {
        var evaluation = await db.AssociationEvaluations.AsNoTracking().Where(e => e.Year == query.Year && e.Revision > 0)
            .Select(e => new { e.Id, e.PeriodStart, e.PeriodEnd, e.Revision, e.PublishedAt, e.RevisedAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(AssociationEvaluation), query.Year);
        var number = query.Revision ?? evaluation.Revision;
        var revision = await db.EvaluationRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.EvaluationId == evaluation.Id && r.Number == number, cancellationToken)
            ?? throw new NotFoundException(nameof(EvaluationRevision), $"{query.Year}/{number}");
        var scheme = EvaluationSchemeDefinition.FromJson(revision.SchemeJson);
        var revisedAt = number == 1 ? null : (DateTimeOffset?)revision.ApprovedAt;
        return new PublicEvaluationDto(
            query.Year, evaluation.PeriodStart, evaluation.PeriodEnd, scheme.Name, scheme.TotalScore, number, evaluation.Revision,
            evaluation.PublishedAt!.Value, revisedAt,
            [.. scheme.Groups.Select(g => new PublicEvaluationGroupDto(g.Code, g.Name, g.MaxScore))],
            [.. revision.Rows.Where(r => r.Published).Select(r => new PublicEvaluationRowDto(r.Rank, r.AssociationName, r.Total, r.GroupScores))]);
    }
}
