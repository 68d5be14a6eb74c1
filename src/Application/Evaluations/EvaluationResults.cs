using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations;

/// <summary>An evaluation's current results: the frozen values, the manual scores entered, scored and ranked.</summary>
public sealed record EvaluationState(
    AssociationEvaluation Evaluation,
    EvaluationSchemeDefinition Scheme,
    IReadOnlyList<EvaluationEntry> Entries,
    IReadOnlyList<EvaluationManualScore> ManualScores,
    IReadOnlyList<EvaluationResult> Results)
{
    /// <summary>Manual indicators × associations without a score.</summary>
    public int MissingManualScores
    {
        get
        {
            var manual = Scheme.Indicators.Where(i => i.Kind == IndicatorKind.Manual).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
            var entered = ManualScores.Where(s => manual.Contains(s.IndicatorCode)).Select(s => (s.AssociationId, s.IndicatorCode)).ToHashSet();
            return (Entries.Count * manual.Count) - entered.Count;
        }
    }
}

public static class EvaluationResults
{
    public static async Task<AssociationEvaluation> FindAsync(IApplicationDbContext db, int year, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.AssociationEvaluations : db.AssociationEvaluations.AsNoTracking();
        return await query.SingleOrDefaultAsync(e => e.Year == year, ct) ?? throw new NotFoundException(nameof(AssociationEvaluation), year);
    }

    public static async Task<EvaluationState> LoadAsync(IApplicationDbContext db, AssociationEvaluation evaluation, CancellationToken ct)
    {
        var entries = await db.EvaluationEntries.AsNoTracking().Where(e => e.EvaluationId == evaluation.Id).ToListAsync(ct);
        var scores = await db.EvaluationManualScores.AsNoTracking().Where(s => s.EvaluationId == evaluation.Id).ToListAsync(ct);
        var scheme = evaluation.Scheme;
        var byAssociation = scores.ToLookup(s => s.AssociationId);
        var inputs = entries.Select(e => new EvaluationInput(e.AssociationId, e.AssociationName, e.Values,
            byAssociation[e.AssociationId].ToDictionary(s => s.IndicatorCode, s => s.Score, StringComparer.Ordinal))).ToList();
        return new EvaluationState(evaluation, scheme, entries, scores, EvaluationScoring.Score(scheme, inputs));
    }

    public static IReadOnlyList<EvaluationRevisionRow> ToRevisionRows(EvaluationState state)
    {
        var values = state.Entries.ToDictionary(e => e.AssociationId, e => e.Values);
        return [.. state.Results.Select(r => new EvaluationRevisionRow(r.AssociationId, r.AssociationName, r.Total, r.Rank, false, r.GroupScores, r.IndicatorScores, values[r.AssociationId]))];
    }

    public static EvaluationSummaryDto ToSummary(AssociationEvaluation e, int associationCount) =>
        new(e.Id, e.Year, e.PeriodStart, e.PeriodEnd, e.Status, e.Revision, e.ScoringDeadline, e.OpenedAt, e.PublishedAt, e.RevisedAt, associationCount, e.Version);

    public static EvaluationRevisionSummaryDto ToSummary(EvaluationRevision r) => new(r.Number, r.ApprovedAt, r.ApprovedByName, r.TopN, r.PublishedCount, r.Reason);

    public static async Task<EvaluationDetailDto> ToDetailAsync(IApplicationDbContext db, AssociationEvaluation evaluation, int topN, CancellationToken ct)
    {
        var state = await LoadAsync(db, evaluation, ct);
        var manual = state.Scheme.Indicators.Where(i => i.Kind == IndicatorKind.Manual).Select(i => i.Code).ToList();
        var scores = state.ManualScores.ToLookup(s => s.AssociationId);
        var values = state.Entries.ToDictionary(e => e.AssociationId, e => e.Values);
        var rows = state.Results.Select(r =>
        {
            var own = scores[r.AssociationId].OrderBy(s => s.IndicatorCode, StringComparer.Ordinal)
                .Select(s => new ManualScoreDto(s.IndicatorCode, s.Score, s.Note, s.Evidence, s.ScoredByName, s.ScoredAt, s.CorrectionReason, s.Version)).ToList();
            return new EvaluationRowDto(r.AssociationId, r.AssociationName, r.Total, r.Rank, EvaluationScoring.IsPublished(r.Rank, topN),
                r.GroupScores, r.IndicatorScores, values[r.AssociationId], own, manual.Count(code => own.All(s => s.IndicatorCode != code)));
        }).ToList();
        var revisions = await db.EvaluationRevisions.AsNoTracking().Where(r => r.EvaluationId == evaluation.Id).OrderByDescending(r => r.Number).ToListAsync(ct);
        return new EvaluationDetailDto(ToSummary(evaluation, state.Entries.Count), state.Scheme, topN, state.MissingManualScores, rows, [.. revisions.Select(ToSummary)]);
    }

    /// <summary>
    /// The year's scheme; when none was set up, one is created from the latest earlier year's (or the Changde template), so the
    /// yearly job never stalls for want of a scheme.
    /// </summary>
    public static async Task<EvaluationScheme> SchemeForAsync(IApplicationDbContext db, int year, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = await db.EvaluationSchemes.SingleOrDefaultAsync(s => s.Year == year, ct);
        if (scheme is not null)
        {
            return scheme;
        }

        var earlier = await db.EvaluationSchemes.AsNoTracking().Where(s => s.Year < year).OrderByDescending(s => s.Year).FirstOrDefaultAsync(ct);
        scheme = EvaluationScheme.Create(year, earlier?.Definition ?? EvaluationTemplates.ChangdeScheme, by, now);
        db.EvaluationSchemes.Add(scheme);
        return scheme;
    }
}
