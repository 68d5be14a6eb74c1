using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Commands.SendServiceDigest;

/// <summary>
/// The service owners' morning digest (sent by the 09:00 China-time digest job after the reviewers'): every owner with revisits
/// due (today or overdue) or problems past their due date, on projects that go on, gets one notification with both counts
/// ("回访到期", "问题逾期"). Set-based: two grouped queries, whatever the number of owners. Nothing due sends nothing. Idempotent:
/// an owner who already has today's service digest gets no second one. Answers how many digests were created.
/// </summary>
public sealed record SendServiceDigestCommand : ICommand<int>;

public sealed class SendServiceDigestHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SendServiceDigestCommand, int>
{
    public async ValueTask<int> Handle(SendServiceDigestCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var active = db.TrackedProjects.AsNoTracking().Where(p => p.Status == TrackedProjectStatus.Active && p.ServiceOwnerId != null);
        var revisits = await active
            .Where(p => p.NextRevisitDueOn != null && p.NextRevisitDueOn <= today)
            .GroupBy(p => p.ServiceOwnerId!.Value)
            .Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Owner, x => x.Count, cancellationToken);
        var problems = await db.ProjectProblems.AsNoTracking()
            .Where(x => x.Status != ProblemStatus.Solved && x.DueOn < today)
            .Join(active, x => x.ProjectId, p => p.Id, (x, p) => p.ServiceOwnerId!.Value)
            .GroupBy(owner => owner)
            .Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Owner, x => x.Count, cancellationToken);
        var owners = revisits.Keys.Union(problems.Keys).ToList();
        if (owners.Count == 0)
        {
            return 0;
        }

        var key = Notification.ServiceDigestKey(today);
        var already = await db.Notifications.AsNoTracking()
            .Where(n => n.DedupKey == key && owners.Contains(n.RecipientId))
            .Select(n => n.RecipientId)
            .ToListAsync(cancellationToken);
        var digests = owners.Except(already)
            .Order()
            .Select(owner => Notification.ServiceDigest(owner, today, revisits.GetValueOrDefault(owner), problems.GetValueOrDefault(owner), now))
            .ToList();
        if (digests.Count == 0)
        {
            return 0;
        }

        db.Notifications.AddRange(digests);
        await db.SaveChangesAsync(cancellationToken);
        return digests.Count;
    }
}
