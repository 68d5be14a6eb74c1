using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Commands.OpenEvaluation;

/// <summary>
/// Opens a year's evaluation (the yearly job sends it on 1 December for the period just closed; an admin may for a past year):
/// freezes the year's scheme, snapshots every data indicator of every active association, opens manual scoring for
/// <see cref="EvaluationOptions.ScoringWorkingDays"/> working days and tells the reviewers, all in one transaction. Idempotent: a year
/// already open answers the existing evaluation (a unique index on the year settles two runs at once). A period not ended is 409
/// <c>evaluation.period-not-ended</c>.
/// </summary>
public sealed record OpenEvaluationCommand(int Year) : ICommand<EvaluationSummaryDto>;

public sealed class OpenEvaluationValidator : AbstractValidator<OpenEvaluationCommand>
{
    public OpenEvaluationValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
}

public sealed class OpenEvaluationHandler(IApplicationDbContext db, IWorkingCalendar calendar, EvaluationOptions options, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenEvaluationCommand, EvaluationSummaryDto>
{
    public async ValueTask<EvaluationSummaryDto> Handle(OpenEvaluationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        AssociationEvaluation.EnsurePeriodEnded(command.Year, today);
        if (await ExistingAsync(command.Year, cancellationToken) is { } existing)
        {
            return existing;
        }

        var deadline = await calendar.AddWorkingDaysAsync(today, options.ScoringWorkingDays, cancellationToken);
        try
        {
            return await db.InTransactionAsync(
                async ct =>
                {
                    var scheme = await EvaluationResults.SchemeForAsync(db, command.Year, user.UserId, now, ct);
                    var evaluation = AssociationEvaluation.Open(command.Year, scheme.Definition, deadline, user.UserId, now);
                    db.AssociationEvaluations.Add(evaluation);
                    var associations = await EvaluationMetrics.ActiveAssociationsAsync(db, ct);
                    var values = await EvaluationMetrics.ComputeAsync(db, [.. associations.Select(a => a.Id)], evaluation.PeriodStart, evaluation.PeriodEnd, ct);
                    db.EvaluationEntries.AddRange(associations.Select(a => EvaluationEntry.Snapshot(evaluation.Id, a.Id, a.Name, values[a.Id])));
                    await db.SaveChangesAsync(ct);
                    return EvaluationResults.ToSummary(evaluation, associations.Count);
                },
                cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Nothing of ours is kept (the transaction was rolled back). Another run opened the year at the same moment: the unique
            // year answers with theirs. If none did, the database refused for another reason, and that error stands.
            ForgetUnsaved();
            if (await ExistingAsync(command.Year, cancellationToken) is not { } theirs)
            {
                throw;
            }

            return theirs;
        }
    }

    private async Task<EvaluationSummaryDto?> ExistingAsync(int year, CancellationToken ct)
    {
        var existing = await db.AssociationEvaluations.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(e => e.Year == year, ct);
        return existing is null ? null
            : EvaluationResults.ToSummary(existing, await db.EvaluationEntries.CountAsync(e => e.EvaluationId == existing.Id, ct));
    }

    private void ForgetUnsaved()
    {
        Webhooks.WebhookOutbox.ForgetUnsaved(db);
        Detach(db.AssociationEvaluations.Local);
        Detach(db.EvaluationEntries.Local);
        Detach(db.EvaluationSchemes.Local);
        Detach(db.Notifications.Local);
        Detach(db.AuditEntries.Local);
    }

    private void Detach<T>(IEnumerable<T> local)
        where T : class
    {
        foreach (var entity in local.Where(e => db.Entry(e).State == EntityState.Added).ToList())
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }
}
