using InvestPromo.Application.Users;
using InvestPromo.Domain.Evaluations;
using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Evaluations.EventHandlers;

/// <summary>The active reviewers are told that manual scoring is open, and until when (in the opening's save).</summary>
public sealed class NotifyReviewersWhenEvaluationOpened(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : INotificationHandler<EvaluationOpened>
{
    public async ValueTask Handle(EvaluationOpened notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reviewers = await users.ActiveReviewersAsync(cancellationToken);
        db.Notifications.AddRange(reviewers.Select(r => Notification.ForEvaluationScoringOpened(r, notification.Year, notification.ScoringDeadline, now)));
    }
}

/// <summary>Each evaluated association's active users are told its score and rank (in the approval's save; one query for all users).</summary>
public sealed class NotifyAssociationsWhenEvaluationPublished(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : INotificationHandler<EvaluationPublished>
{
    public async ValueTask Handle(EvaluationPublished notification, CancellationToken cancellationToken)
    {
        var rows = notification.Rows.ToDictionary(r => r.AssociationId);
        if (rows.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (recipient, associationId) in await users.ActiveAssociationUsersByAssociationAsync(rows.Keys, cancellationToken))
        {
            var row = rows[associationId];
            db.Notifications.Add(Notification.ForEvaluationPublished(recipient, notification.Year, notification.Revision, row.Total, row.Rank, now));
        }
    }
}
