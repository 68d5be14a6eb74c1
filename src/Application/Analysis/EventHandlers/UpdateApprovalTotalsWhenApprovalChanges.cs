using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Analysis.EventHandlers;

/// <summary>
/// Keeps the analysis' running totals in step with the filings whose approval stands: an approval adds the filing's facts, a
/// revocation or an upheld objection takes them out, a stage moved on by a confirmed milestone moves them. Runs before the save of the change; the totals are written by that same
/// SaveChanges, in its transaction (<see cref="IApprovalTotalsWriter"/>). Anything that changes filings behind EF
/// (ExecuteUpdate, COPY) raises no event: it must send <c>RebuildApprovalTotalsCommand</c> afterwards.
/// </summary>
public sealed class UpdateApprovalTotalsWhenApprovalChanges(IApprovalTotalsWriter totals)
    : INotificationHandler<FilingApproved>, INotificationHandler<FilingApprovalEnded>, INotificationHandler<FilingStageChanged>
{
    public ValueTask Handle(FilingApproved notification, CancellationToken cancellationToken)
    {
        totals.Add(notification.Facts);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(FilingApprovalEnded notification, CancellationToken cancellationToken)
    {
        totals.Remove(notification.Facts);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(FilingStageChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        totals.Remove(notification.Before);
        totals.Add(notification.After);
        return ValueTask.CompletedTask;
    }
}
