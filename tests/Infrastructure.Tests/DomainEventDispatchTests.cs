using System.Collections.Concurrent;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.EventHandlers;
using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Notifications;
using InvestPromo.Application.Notifications.EventHandlers;
using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Objections;
using InvestPromo.Infrastructure.Tests.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>
/// Domain events reach Application handlers before the save, and what the handlers add is stored by that same save or not
/// at all; after-commit events (a stored notification handed to the channels) are published once, only after the commit.
/// Runs the app's Application handlers (notifications, totals) through <see cref="HandlerPublisher"/>.
/// </summary>
public sealed class DomainEventDispatchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>What the outbound channel was handed, in order.</summary>
    private sealed class RecordingChannel : INotificationChannel
    {
        public ConcurrentQueue<OutboundNotification> Sent { get; } = new();

        public string Name => "test";

        public Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken)
        {
            Sent.Enqueue(notification);
            return Task.CompletedTask;
        }
    }

    /// <summary>An after-commit handler that always fails, counting its calls.</summary>
    private sealed class FailingAfterCommitHandler : INotificationHandler<NotificationCreated>
    {
        public int Calls { get; private set; }

        public ValueTask Handle(NotificationCreated notification, CancellationToken cancellationToken)
        {
            Calls++;
            throw new InvalidOperationException("The SMS gateway is down.");
        }
    }

    private static async Task<(SqliteTestHost Host, RecordingChannel Channel)> StartAsync(Action<IServiceCollection>? more = null)
    {
        var channel = new RecordingChannel();
        var host = await SqliteTestHost.StartAsync(seed: true, configure: services =>
        {
            services.AddScoped<IPublisher, HandlerPublisher>();
            services.AddScoped<INotificationHandler<FilingDecided>, NotifyFilersWhenFilingDecided>();
            services.AddScoped<INotificationHandler<ObjectionLodged>, NotifyReviewersWhenObjectionLodged>();
            services.AddScoped<INotificationHandler<FilingApproved>, UpdateApprovalTotalsWhenApprovalChanges>();
            services.AddScoped<INotificationHandler<FilingApprovalEnded>, UpdateApprovalTotalsWhenApprovalChanges>();
            services.AddScoped<INotificationHandler<NotificationCreated>, DeliverNotificationWhenCreated>();
            services.AddSingleton<INotificationChannel>(channel);
            more?.Invoke(services);
        });
        return (host, channel);
    }

    /// <summary>A complete filing of the demo filer's unit, submitted; and the unit's active filers.</summary>
    private static async Task<(Guid FilingId, Guid UnitId, List<Guid> Filers)> UnderReviewAsync(SqliteTestHost host)
    {
        await using var scope = host.Scope();
        var db = scope.Db();
        var unitId = (await db.Users.SingleAsync(u => u.UserName == "filer", None)).UnitId!.Value;
        var filers = await db.Users.Where(u => u.UnitId == unitId && u.Role == Roles.Filer && u.IsActive).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(None);
        var chain = await db.IndustryChains.OrderBy(c => c.Code).Select(c => c.Id).FirstAsync(None);
        var actor = new FilingActor(filers[0], "filer");
        var now = host.Clock.GetUtcNow();
        var filing = Filing.CreateDraft(
            unitId,
            new FilingDetails("事件测试项目", "湖南某某科技有限公司", "91430702760750218M", "440000", chain, ProjectCategory.Industrial,
                ProjectStage.Signed, 1_500_000_000m, 1_200_000_000m, "建设厂房及生产线", null, null, null, "王联系", "0736-7654321"),
            actor,
            now);
        filing.Submit(now, DateOnly.FromDateTime(now.UtcDateTime).AddDays(5), now.AddDays(5), actor);
        db.Filings.Add(filing);
        await db.SaveChangesAsync(None);
        Assert.NotEmpty(filers);
        return (filing.Id, unitId, filers);
    }

    private static async Task<Guid> ReviewerAsync(SqliteTestHost host)
    {
        await using var scope = host.Scope();
        return (await scope.Db().Users.SingleAsync(u => u.UserName == "reviewer", None)).Id;
    }

    private static async Task<(List<Notification> Notifications, List<ApprovalTotal> Totals)> StoredAsync(SqliteTestHost host)
    {
        await using var scope = host.Scope();
        var db = scope.Db();
        return (await db.Notifications.AsNoTracking().OrderBy(n => n.RecipientId).ToListAsync(None), await db.ApprovalTotals.AsNoTracking().ToListAsync(None));
    }

    private static Notification Digest(Guid reviewer, DateOnly date, DateTimeOffset now) =>
        Notification.ReviewDigest(reviewer, date, 1, 0, [new DigestFiling(Guid.NewGuid(), "项目", date, false)], now);

    [Fact]
    public async Task An_approval_stores_its_notifications_and_totals_in_its_own_save_and_hands_them_to_the_channel_after_it()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var (filingId, unitId, filers) = await UnderReviewAsync(host);
        var reviewer = await ReviewerAsync(host);

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var filing = await db.Filings.SingleAsync(f => f.Id == filingId, None);
            filing.Approve(new FilingActor(reviewer, "reviewer"), host.Clock.GetUtcNow());

            await db.SaveChangesAsync(None);

            Assert.Empty(filing.DomainEvents);
            Assert.All(db.ChangeTracker.Entries(), e => Assert.Equal(EntityState.Unchanged, e.State)); // nothing left for another save
        }

        var (notifications, totals) = await StoredAsync(host);
        Assert.Equal(filers, notifications.Select(n => n.RecipientId));
        Assert.All(notifications, n => Assert.Equal((NotificationKind.FilingApproved, (Guid?)filingId), (n.Kind, n.FilingId)));
        Assert.Equal(notifications.Select(n => n.Id).Order(), channel.Sent.Select(s => s.NotificationId).Order());
        Assert.Equal(7, totals.Count); // one row per dimension (the region by day and by month)
        Assert.All(totals, t => Assert.Equal((1, 150_000_000_000L, 120_000_000_000L), (t.Count, t.TotalFen, t.FixedAssetFen)));
        Assert.Contains(totals, t => t.Dimension == ApprovalDimension.Unit && t.Key == unitId.ToString("D"));
    }

    [Fact]
    public async Task A_failed_save_stores_no_notification_and_no_total_and_delivers_nothing()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var (filingId, _, _) = await UnderReviewAsync(host);
        var reviewer = await ReviewerAsync(host);

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var filing = await db.Filings.SingleAsync(f => f.Id == filingId, None);
            db.Entry(filing).Property(f => f.Version).OriginalValue = filing.Version + 7; // someone else saved in between
            filing.Approve(new FilingActor(reviewer, "reviewer"), host.Clock.GetUtcNow());

            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(None));

            Assert.NotEmpty(db.ChangeTracker.Entries<Notification>()); // the handlers did run: their work went down with the save
        }

        var (notifications, totals) = await StoredAsync(host);
        Assert.Empty(notifications);
        Assert.Empty(totals); // not even the empty rows: they were inserted inside the rolled-back transaction
        Assert.Empty(channel.Sent);

        // Started again from a clean context, the approval counts once.
        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var filing = await db.Filings.SingleAsync(f => f.Id == filingId, None);
            filing.Approve(new FilingActor(reviewer, "reviewer"), host.Clock.GetUtcNow());
            await db.SaveChangesAsync(None);
        }

        (notifications, totals) = await StoredAsync(host);
        Assert.Equal(notifications.Count, channel.Sent.Count);
        Assert.All(totals, t => Assert.Equal(1, t.Count));
    }

    [Fact]
    public async Task After_commit_events_are_published_once_after_the_save_and_never_again()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var reviewer = await ReviewerAsync(host);

        await using var scope = host.Scope();
        var db = scope.Db();
        var digest = Digest(reviewer, new DateOnly(2026, 6, 1), host.Clock.GetUtcNow());
        db.Notifications.Add(digest);
        await db.SaveChangesAsync(None);
        Assert.Equal([digest.Id], channel.Sent.Select(s => s.NotificationId));

        digest.MarkRead(host.Clock.GetUtcNow());
        await db.SaveChangesAsync(None);
        await db.SaveChangesAsync(None);

        Assert.Single(channel.Sent);
    }

    [Fact]
    public async Task Inside_an_open_transaction_after_commit_events_wait_for_its_commit_and_a_rollback_drops_them()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var reviewer = await ReviewerAsync(host);
        var kept = Digest(reviewer, new DateOnly(2026, 6, 1), host.Clock.GetUtcNow());
        var dropped = Digest(reviewer, new DateOnly(2026, 6, 2), host.Clock.GetUtcNow());

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            await using (var transaction = await db.Database.BeginTransactionAsync(None))
            {
                db.Notifications.Add(dropped);
                await db.SaveChangesAsync(None);
                Assert.Empty(channel.Sent);
                await transaction.RollbackAsync(None);
            }

            db.ChangeTracker.Clear();
            await using (var transaction = await db.Database.BeginTransactionAsync(None))
            {
                db.Notifications.Add(kept);
                await db.SaveChangesAsync(None);
                Assert.Empty(channel.Sent);
                await transaction.CommitAsync(None);
            }
        }

        Assert.Equal([kept.Id], channel.Sent.Select(s => s.NotificationId));
        Assert.Equal([kept.Id], (await StoredAsync(host)).Notifications.Select(n => n.Id));
    }

    [Fact]
    public async Task A_failing_after_commit_handler_is_logged_and_neither_fails_the_save_nor_stops_the_other_events()
    {
        var failing = new FailingAfterCommitHandler();
        var (host, channel) = await StartAsync(services => services.AddSingleton<INotificationHandler<NotificationCreated>>(failing));
        await using var _ = host;
        var reviewer = await ReviewerAsync(host);

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            db.Notifications.AddRange(Digest(reviewer, new DateOnly(2026, 6, 1), host.Clock.GetUtcNow()), Digest(reviewer, new DateOnly(2026, 6, 2), host.Clock.GetUtcNow()));
            await db.SaveChangesAsync(None);
        }

        Assert.Equal(2, failing.Calls);
        Assert.Equal(2, channel.Sent.Count);
        Assert.Equal(2, (await StoredAsync(host)).Notifications.Count);
    }

    [Fact]
    public async Task A_synchronous_save_with_events_is_refused_and_stores_nothing()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var reviewer = await ReviewerAsync(host);

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            db.Notifications.Add(Digest(reviewer, new DateOnly(2026, 6, 1), host.Clock.GetUtcNow()));
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        Assert.Empty((await StoredAsync(host)).Notifications);
        Assert.Empty(channel.Sent);
    }
}
