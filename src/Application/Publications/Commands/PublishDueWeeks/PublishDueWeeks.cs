using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Publications.Commands.PublishDueWeeks;

/// <summary>
/// The Monday job: publishes every completed week that has approvals and no publication yet, oldest first, so a run
/// after downtime catches up every missed week. Looks back at most <see cref="PublicationOptions.CatchUpWeeks"/> weeks.
/// Weeks without approvals are skipped (no number used), so nothing loops. Answers how many publications were created.
/// </summary>
public sealed record PublishDueWeeksCommand : ICommand<int>;

public sealed class PublishDueWeeksHandler(IApplicationDbContext db, IWorkingCalendar calendar, PublicationOptions options, TimeProvider clock)
    : ICommandHandler<PublishDueWeeksCommand, int>
{
    public async ValueTask<int> Handle(PublishDueWeeksCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var currentWeek = PublicationWeek.Containing(now);
        var floorWeek = currentWeek.AddDays(-7 * Math.Max(1, options.CatchUpWeeks));
        var from = PublicationWeek.StartInstant(floorWeek);
        var to = PublicationWeek.StartInstant(currentWeek);

        // One query: the approval instants of completed weeks in range that no publication lists yet (an entry records the
        // approval it published, so a filing approved again after re-review counts anew).
        var approvals = await db.Filings.AsNoTracking()
            .Where(f => f.Status == FilingStatus.Approved && f.DecidedAt >= from && f.DecidedAt < to)
            .Where(f => !db.PublicationEntries.Any(e => e.FilingId == f.Id && e.ApprovedAt == f.DecidedAt))
            .Select(f => f.DecidedAt!.Value)
            .ToListAsync(cancellationToken);
        var published = await db.Publications.AsNoTracking()
            .Where(p => p.WeekStart >= floorWeek && p.WeekStart < currentWeek)
            .Select(p => p.WeekStart)
            .ToListAsync(cancellationToken);
        var due = approvals.Select(PublicationWeek.Containing).Distinct().Except(published).Order().ToList();

        var created = 0;
        foreach (var week in due)
        {
            var (_, isNew) = await WeekPublisher.PublishAsync(db, calendar, options, week, now, null, cancellationToken);
            if (isNew)
            {
                created++;
            }
        }

        return created;
    }
}
