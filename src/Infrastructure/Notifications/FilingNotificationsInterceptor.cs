using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Objections;
using InvestPromo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InvestPromo.Infrastructure.Notifications;

/// <summary>
/// Turns a filing's <see cref="FilingDecided"/> events into notifications for every active filer of the filing's unit, and
/// a new objection's <see cref="ObjectionLodged"/> into one for every active reviewer, <em>before</em> the save runs, so the notification rows are inserted by the same SaveChanges — in the same
/// transaction — as the decision: a decision is never committed without its notifications, nor the reverse.
/// (Events are published to handlers only after the save; see <c>DomainEventsInterceptor</c>.)
/// </summary>
public sealed class FilingNotificationsInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Events already turned into notifications, in case one context saves again after a failed save.</summary>
    private readonly HashSet<object> handled = new(ReferenceEqualityComparer.Instance);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var decisions = context.ChangeTracker.Entries<Filing>()
                .SelectMany(e => e.Entity.DomainEvents.OfType<FilingDecided>())
                .Where(handled.Add)
                .ToList();
            if (decisions.Count > 0)
            {
                var now = clock.GetUtcNow();
                var users = context.Set<ApplicationUser>();
                foreach (var decision in decisions)
                {
                    var filers = await NotificationRecipients.FilersOf(users, decision.UnitId).ToListAsync(cancellationToken);
                    context.Set<Notification>().AddRange(filers.Select(filer => Notification.ForDecision(filer, decision, now)));
                }
            }

            var objections = context.ChangeTracker.Entries<Objection>()
                .SelectMany(e => e.Entity.DomainEvents.OfType<ObjectionLodged>())
                .Where(handled.Add)
                .ToList();
            if (objections.Count > 0)
            {
                var now = clock.GetUtcNow();
                var reviewers = await NotificationRecipients.Reviewers(context.Set<ApplicationUser>()).ToListAsync(cancellationToken);
                foreach (var lodged in objections)
                {
                    context.Set<Notification>().AddRange(reviewers.Select(reviewer => Notification.ForObjection(reviewer, lodged.FilingId, lodged.ProjectName, now)));
                }
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
