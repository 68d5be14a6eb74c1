using InvestPromo.Application.ApiKeys.Commands.RetireUnusedApiKeys;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>Housekeeping retires keys unused for too long; it is idempotent, so a retried job does no harm.</summary>
public sealed class RetireUnusedApiKeysTests
{
    private const int UnusedForDays = 180;

    private sealed record Keys(ApiKey NeverUsed, ApiKey UsedLongAgo, ApiKey UsedRecently, ApiKey AlreadyRevoked, ApiKey New);

    private static async Task<Keys> ArrangeAsync(SqliteTestHost host)
    {
        var now = host.Clock.GetUtcNow();
        var neverUsed = await ApiKeyFactory.AddAsync(host, "never used", createdAt: now.AddDays(-200));
        var usedLongAgo = await ApiKeyFactory.AddAsync(host, "used long ago", createdAt: now.AddDays(-400), lastUsedAt: now.AddDays(-181));
        var usedRecently = await ApiKeyFactory.AddAsync(host, "used recently", createdAt: now.AddDays(-200), lastUsedAt: now.AddDays(-10));
        var alreadyRevoked = await ApiKeyFactory.AddAsync(host, "already revoked", createdAt: now.AddDays(-200));
        var fresh = await ApiKeyFactory.AddAsync(host, "new", createdAt: now.AddDays(-10));

        await using var scope = host.Scope();
        var db = scope.Db();
        var revoked = await db.ApiKeys.SingleAsync(k => k.Id == alreadyRevoked.Id);
        revoked.Revoke("合作终止", host.User.UserId, now.AddDays(-30));
        await db.SaveChangesAsync(CancellationToken.None);
        return new Keys(neverUsed, usedLongAgo, usedRecently, alreadyRevoked, fresh);
    }

    private static async Task<int> RunAsync(SqliteTestHost host)
    {
        await using var scope = host.Scope();
        var handler = new RetireUnusedApiKeysHandler(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), host.Clock);
        return await handler.Handle(new RetireUnusedApiKeysCommand(UnusedForDays), CancellationToken.None);
    }

    private static async Task<Dictionary<Guid, ApiKey>> StoredAsync(SqliteTestHost host)
    {
        await using var scope = host.Scope();
        return await scope.Db().ApiKeys.AsNoTracking().ToDictionaryAsync(k => k.Id);
    }

    private static async Task<List<AuditEntry>> RetirementEntriesAsync(SqliteTestHost host)
    {
        await using var scope = host.Scope();
        var entries = await scope.Db().AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(ApiKey)).ToListAsync();
        return entries.Where(e => e.After?.Contains("\"revokedReason\":\"unused\"", StringComparison.Ordinal) == true).ToList();
    }

    [Fact]
    public async Task Keys_unused_for_too_long_are_retired_and_the_rest_are_left_alone()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var keys = await ArrangeAsync(host);
        var now = host.Clock.GetUtcNow();

        var retired = await RunAsync(host);

        Assert.Equal(2, retired);
        var stored = await StoredAsync(host);
        foreach (var key in new[] { keys.NeverUsed, keys.UsedLongAgo })
        {
            Assert.Equal(now, stored[key.Id].RevokedAt);
            Assert.Equal(ApiKey.UnusedReason, stored[key.Id].RevokedReason);
            Assert.Equal(ApiKeyStatus.Revoked, stored[key.Id].StatusAt(now));
            Assert.Equal(1, stored[key.Id].Version);
        }

        Assert.Null(stored[keys.UsedRecently.Id].RevokedAt);
        Assert.Null(stored[keys.New.Id].RevokedAt);
        Assert.Equal(0, stored[keys.New.Id].Version);

        var revoked = stored[keys.AlreadyRevoked.Id];
        Assert.Equal(now.AddDays(-30), revoked.RevokedAt);
        Assert.Equal("合作终止", revoked.RevokedReason);
        Assert.Equal(host.User.UserId, revoked.RevokedBy);
        Assert.Equal(1, revoked.Version);
    }

    [Fact]
    public async Task Each_retired_key_gets_one_audit_entry()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var keys = await ArrangeAsync(host);

        await RunAsync(host);

        var entries = await RetirementEntriesAsync(host);
        Assert.Equal(
            new[] { keys.NeverUsed.Id.ToString(), keys.UsedLongAgo.Id.ToString() }.Order(StringComparer.Ordinal),
            entries.Select(e => e.EntityId).Order(StringComparer.Ordinal));
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditAction.Modified, e.Action);
            Assert.Equal("system", e.UserName);
            Assert.Equal(host.Clock.GetUtcNow(), e.OccurredAt);
            Assert.Contains("\"revokedReason\":null", e.Before, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_second_run_retires_nothing_and_writes_nothing()
    {
        await using var host = await SqliteTestHost.StartAsync();
        await ArrangeAsync(host);
        Assert.Equal(2, await RunAsync(host));
        var before = await StoredAsync(host);

        host.Clock.Advance(TimeSpan.FromDays(1));
        var second = await RunAsync(host);

        Assert.Equal(0, second);
        Assert.Equal(2, (await RetirementEntriesAsync(host)).Count);
        var after = await StoredAsync(host);
        Assert.All(before, pair =>
        {
            Assert.Equal(pair.Value.RevokedAt, after[pair.Key].RevokedAt);
            Assert.Equal(pair.Value.Version, after[pair.Key].Version);
        });
    }

    [Fact]
    public async Task Nothing_to_retire_returns_zero()
    {
        await using var host = await SqliteTestHost.StartAsync();
        await ApiKeyFactory.AddAsync(host, "new", createdAt: host.Clock.GetUtcNow().AddDays(-UnusedForDays + 1));

        Assert.Equal(0, await RunAsync(host));
        Assert.Empty(await RetirementEntriesAsync(host));
    }

    [Fact]
    public async Task The_count_of_days_is_taken_from_the_command()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var key = await ApiKeyFactory.AddAsync(host, "month old", createdAt: host.Clock.GetUtcNow().AddDays(-31));

        await using var scope = host.Scope();
        var handler = new RetireUnusedApiKeysHandler(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), host.Clock);
        Assert.Equal(0, await handler.Handle(new RetireUnusedApiKeysCommand(60), CancellationToken.None));
        Assert.Equal(1, await handler.Handle(new RetireUnusedApiKeysCommand(30), CancellationToken.None));
        Assert.Equal(ApiKey.UnusedReason, (await StoredAsync(host))[key.Id].RevokedReason);
    }
}
