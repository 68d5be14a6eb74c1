using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.EventHandlers;

/// <summary>
/// A filing whose approval stands is a tracked project from then on: its first approval creates the project (with the filing's
/// id), a later one (an objection dismissed, a corrected filing approved anew) brings it back; a revocation or an upheld
/// objection ends it, keeping its record. Runs before the save of the decision, in its transaction.
/// </summary>
public sealed class TrackProjectWhenApprovalChanges(IApplicationDbContext db, TimeProvider clock, RevisitPolicy policy)
    : INotificationHandler<FilingApproved>, INotificationHandler<FilingApprovalEnded>
{
    public async ValueTask Handle(FilingApproved notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var filing = await db.Filings.FindAsync([notification.FilingId], cancellationToken)
            ?? throw new InvalidOperationException($"The approved filing {notification.FilingId} is not in the context.");
        if (filing.Status is not (FilingStatus.Approved or FilingStatus.UnderReReview))
        {
            return; // approved and revoked before one save (the demo seeder): the approval never stood, as the back-fill sees it
        }

        var project = await db.TrackedProjects.FindAsync([notification.FilingId], cancellationToken);
        if (project is null)
        {
            db.TrackedProjects.Add(TrackedProject.Track(filing, clock.GetUtcNow()));
        }
        else
        {
            project.ApprovalStandsAgain(filing);
            project.RecomputeNextRevisit(policy); // due again from the stage's interval
        }
    }

    public async ValueTask Handle(FilingApprovalEnded notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var project = await db.TrackedProjects.FindAsync([notification.FilingId], cancellationToken);
        project?.EndApproval();
        project?.RecomputeNextRevisit(policy); // nothing is due on a project whose approval ended
    }
}
