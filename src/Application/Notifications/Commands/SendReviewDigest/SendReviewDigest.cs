using InvestPromo.Application.Filings;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications.Commands.SendReviewDigest;

/// <summary>
/// The reviewers' morning digest (the 09:00 China-time job): every active reviewer gets one notification with the
/// number of reviews due today and overdue — counted exactly as the dashboard counts them (ReviewDue) — and the first few of them,
/// soonest deadline first. Nothing due and nothing overdue sends nothing. Idempotent: a reviewer who already has
/// today's digest gets no second one (and the database refuses one: the dedup key is unique per recipient).
/// Answers how many digests were created.
/// </summary>
public sealed record SendReviewDigestCommand : ICommand<int>;

public sealed class SendReviewDigestHandler(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : ICommandHandler<SendReviewDigestCommand, int>
{
    public async ValueTask<int> Handle(SendReviewDigestCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var underReview = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview);
        var dueToday = await underReview.CountAsync(ReviewDue.Today(now), cancellationToken);
        var overdue = await underReview.CountAsync(ReviewDue.Overdue(now), cancellationToken);
        if (dueToday + overdue == 0)
        {
            return 0;
        }

        var first = await underReview
            .Where(ReviewDue.OverdueOrToday(now))
            .OrderBy(f => f.ReviewDueAt).ThenBy(f => f.SubmittedAt).ThenBy(f => f.Id)
            .Take(Notification.DigestListLength)
            .Select(f => new { f.Id, f.ProjectName, f.ReviewDueOn, f.ReviewDueAt })
            .ToListAsync(cancellationToken);
        var listed = first.Select(f => new DigestFiling(f.Id, f.ProjectName, f.ReviewDueOn, f.ReviewDueAt <= now)).ToList();

        var reviewers = await users.ActiveReviewersAsync(cancellationToken);
        var key = Notification.DigestKey(today);
        var already = await db.Notifications.AsNoTracking()
            .Where(n => n.DedupKey == key && reviewers.Contains(n.RecipientId))
            .Select(n => n.RecipientId)
            .ToListAsync(cancellationToken);
        var digests = reviewers.Except(already)
            .Select(reviewer => Notification.ReviewDigest(reviewer, today, dueToday, overdue, listed, now))
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
