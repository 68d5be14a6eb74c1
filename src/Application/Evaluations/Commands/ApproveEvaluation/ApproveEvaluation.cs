using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Commands.ApproveEvaluation;

/// <summary>
/// A leader or an admin approves a year's results: revision n + 1 is stored and published (the top
/// <see cref="EvaluationOptions.PublishTopN"/>, everyone tied at the last place included) and each association's users are told their
/// score and rank. A manual score missing is 409 <c>evaluation.manual-scores-missing</c> and nothing changes; approving again with no
/// correction since is 409 <c>evaluation.already-approved</c>.
/// </summary>
public sealed record ApproveEvaluationCommand(int Year, int Version, string? Reason = null) : ICommand<EvaluationDetailDto>;

public sealed class ApproveEvaluationValidator : AbstractValidator<ApproveEvaluationCommand>
{
    public ApproveEvaluationValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Reason).MaximumLength(AssociationEvaluation.ReasonMaxLength);
    }
}

public sealed class ApproveEvaluationHandler(IApplicationDbContext db, EvaluationOptions options, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveEvaluationCommand, EvaluationDetailDto>
{
    public async ValueTask<EvaluationDetailDto> Handle(ApproveEvaluationCommand command, CancellationToken cancellationToken)
    {
        var evaluation = await EvaluationResults.FindAsync(db, command.Year, cancellationToken, tracking: true);
        db.ExpectVersion(evaluation, command.Version);
        var state = await EvaluationResults.LoadAsync(db, evaluation, cancellationToken);
        var reason = command.Reason;
        if (string.IsNullOrWhiteSpace(reason) && evaluation.Revision > 0)
        {
            var since = await db.EvaluationRevisions.Where(r => r.EvaluationId == evaluation.Id).MaxAsync(r => (DateTimeOffset?)r.ApprovedAt, cancellationToken);
            var reasons = state.ManualScores.Where(s => s.CorrectionReason != null && (since == null || s.ScoredAt > since))
                .Select(s => s.CorrectionReason!).Distinct(StringComparer.Ordinal).ToList();
            reason = reasons.Count == 0 ? null : string.Join("；", reasons);
        }

        var revision = evaluation.Approve(state.MissingManualScores, options.PublishTopN, EvaluationResults.ToRevisionRows(state), reason,
            user.UserId, user.Name ?? "system", clock.GetUtcNow());
        db.EvaluationRevisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        return await EvaluationResults.ToDetailAsync(db, evaluation, options.PublishTopN, cancellationToken);
    }
}
