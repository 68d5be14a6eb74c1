using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.EventHandlers;

/// <summary>
/// The next revisit due follows what the project's dates and status are now: a confirmed (or corrected) milestone starts a new
/// stage's interval, a stop clears it (an approval ending or standing again: <see cref="TrackProjectWhenApprovalChanges"/>). Runs before the save of
/// the change, in its transaction, on the tracked project.
/// </summary>
public sealed class KeepNextRevisitWhenProjectChanges(IApplicationDbContext db, RevisitPolicy policy)
    : INotificationHandler<MilestoneConfirmed>, INotificationHandler<ProjectStopped>
{
    public ValueTask Handle(MilestoneConfirmed notification, CancellationToken cancellationToken) =>
        RecomputeAsync((notification ?? throw new ArgumentNullException(nameof(notification))).ProjectId, cancellationToken);

    public ValueTask Handle(ProjectStopped notification, CancellationToken cancellationToken) =>
        RecomputeAsync((notification ?? throw new ArgumentNullException(nameof(notification))).ProjectId, cancellationToken);

    private async ValueTask RecomputeAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.TrackedProjects.FindAsync([projectId], cancellationToken);
        project?.RecomputeNextRevisit(policy);
    }
}
