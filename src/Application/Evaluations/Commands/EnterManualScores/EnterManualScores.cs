using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Commands.EnterManualScores;

/// <summary>One manual indicator's score for the association, with a note and evidence (text or link); the version read when editing.</summary>
public sealed record ManualScoreInput(string IndicatorCode, decimal Score, string? Note, string? Evidence, int? Version);

/// <summary>
/// A reviewer enters (or edits) an association's manual scores in a year's evaluation. Scores are 0..the indicator's maximum with at
/// most 2 decimals (else 400 on the field); an edit sends the version it read (stale: 409). After publication a change is a
/// correction: it needs a reason (422 <c>evaluation.reason-required</c>) and waits for re-approval, which makes a new revision.
/// </summary>
public sealed record EnterManualScoresCommand(int Year, Guid AssociationId, IReadOnlyList<ManualScoreInput> Scores, string? Reason) : ICommand<EvaluationDetailDto>;

public sealed class EnterManualScoresValidator : AbstractValidator<EnterManualScoresCommand>
{
    public EnterManualScoresValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.AssociationId).NotEmpty();
        RuleFor(x => x.Scores).NotEmpty().Must(s => s is null || s.Count <= EvaluationSchemeDefinition.MaxIndicators * EvaluationSchemeDefinition.MaxGroups);
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.IndicatorCode).NotEmpty().MaximumLength(EvaluationSchemeDefinition.CodeMaxLength);
            s.RuleFor(x => x.Score).InclusiveBetween(0m, EvaluationSchemeDefinition.MaxTotal).Must(v => decimal.Round(v, 2) == v)
                .WithMessage(_ => new Localized("分数最多两位小数。", "A score has at most 2 decimals.").Current);
            s.RuleFor(x => x.Note).MaximumLength(EvaluationManualScore.NoteMaxLength);
            s.RuleFor(x => x.Evidence).MaximumLength(EvaluationManualScore.EvidenceMaxLength);
        });
        RuleFor(x => x.Reason).MaximumLength(AssociationEvaluation.ReasonMaxLength);
    }
}

public sealed class EnterManualScoresHandler(IApplicationDbContext db, EvaluationOptions options, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EnterManualScoresCommand, EvaluationDetailDto>
{
    public async ValueTask<EvaluationDetailDto> Handle(EnterManualScoresCommand command, CancellationToken cancellationToken)
    {
        var evaluation = await EvaluationResults.FindAsync(db, command.Year, cancellationToken, tracking: true);
        if (!await db.EvaluationEntries.AnyAsync(e => e.EvaluationId == evaluation.Id && e.AssociationId == command.AssociationId, cancellationToken))
        {
            throw new NotFoundException("EvaluationEntry", command.AssociationId);
        }

        var indicators = evaluation.Scheme.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < command.Scores.Count; i++)
        {
            var input = command.Scores[i];
            if (!indicators.TryGetValue(input.IndicatorCode, out var indicator) || indicator.Kind != IndicatorKind.Manual)
            {
                errors[$"scores[{i}].indicatorCode"] = [new Localized("该指标不是本年度细则中的人工评分指标。", "The indicator is not a manual indicator of the year's scheme.").Current];
            }
            else if (input.Score < 0 || input.Score > indicator.MaxScore)
            {
                errors[$"scores[{i}].score"] = [new Localized($"分数应在 0 至 {indicator.MaxScore:0.##} 之间。", $"The score is between 0 and {indicator.MaxScore:0.##}.").Current];
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        evaluation.BeforeScoreChange(command.Reason);
        var existing = await db.EvaluationManualScores
            .Where(s => s.EvaluationId == evaluation.Id && s.AssociationId == command.AssociationId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var byName = user.Name ?? "system";
        foreach (var input in command.Scores)
        {
            var indicator = indicators[input.IndicatorCode];
            if (existing.FirstOrDefault(s => s.IndicatorCode == input.IndicatorCode) is { } score)
            {
                db.ExpectVersion(score, input.Version ?? -1);
                score.Change(indicator, input.Score, input.Note, input.Evidence, command.Reason, user.UserId, byName, now);
            }
            else
            {
                db.EvaluationManualScores.Add(EvaluationManualScore.Enter(
                    evaluation.Id, command.AssociationId, indicator, input.Score, input.Note, input.Evidence, command.Reason, user.UserId, byName, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await EvaluationResults.ToDetailAsync(db, evaluation, options.PublishTopN, cancellationToken);
    }
}
