using InvestPromo.Application.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.EventHandlers;

/// <summary>
/// The current stage everywhere: when a confirmed milestone (or an approval standing again) changes a project's stage, its filing
/// takes it (<c>Filing.ProgressTo</c>, only while the approval stands, with a history line), so the filing list, the reserve list
/// (its index on the filing's stage) and the analysis' running totals read it as they read the filed stage. Runs before the save,
/// in its transaction.
/// </summary>
public sealed class ProgressFilingWhenProjectStageChanges(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : INotificationHandler<ProjectStageChanged>
{
    public async ValueTask Handle(ProjectStageChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var filing = await db.Filings.FindAsync([notification.ProjectId], cancellationToken);
        filing?.ProgressTo(notification.Stage, user.Actor(), clock.GetUtcNow());
    }
}
