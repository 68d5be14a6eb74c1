using System.Text.Json;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Organisation;
using InvestPromo.Infrastructure.Identity;
using InvestPromo.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>Every save bumps the version of what changed and writes who changed what, in the same transaction.</summary>
public sealed class AuditingInterceptorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<CarrierUnit> AddUnitAsync(SqliteTestHost host, string code = "CDETDZ", string name = "常德经济技术开发区")
    {
        await using var scope = host.Scope();
        var db = scope.Db();
        var unit = CarrierUnit.Create(code, name, UnitKind.Park, "国家级经开区", host.User.UserId, host.Clock.GetUtcNow());
        db.Units.Add(unit);
        await db.SaveChangesAsync(None);
        return unit;
    }

    private static async Task<List<AuditEntry>> TrailAsync(SqliteTestHost host, string entityType, string entityId)
    {
        await using var scope = host.Scope();
        return await scope.Db().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .ToListAsync(None);
    }

    private static HashSet<string> Keys(string? json)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static string Value(string? json, string property)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty(property);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    [Fact]
    public async Task Creating_a_unit_writes_one_created_entry_with_its_values()
    {
        await using var host = await SqliteTestHost.StartAsync();

        var unit = await AddUnitAsync(host);

        var entry = Assert.Single(await TrailAsync(host, "CarrierUnit", unit.Id.ToString()));
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal("admin", entry.UserName);
        Assert.Equal(host.User.UserId, entry.UserId);
        Assert.Equal(SqliteTestHost.Start, entry.OccurredAt);
        Assert.Null(entry.Before);
        Assert.Contains("\"kind\":\"Park\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"常德经济技术开发区\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"CDETDZ\"", entry.After, StringComparison.Ordinal);
        Assert.Equal(unit.Id.ToString(), Value(entry.After, "id"));
        Assert.DoesNotContain("version", Keys(entry.After));
    }

    [Fact]
    public async Task The_user_name_comes_from_the_current_user_and_is_system_without_one()
    {
        await using var host = await SqliteTestHost.StartAsync();
        host.User.UserId = null;
        host.User.Name = null;

        var unit = await AddUnitAsync(host);

        var entry = Assert.Single(await TrailAsync(host, "CarrierUnit", unit.Id.ToString()));
        Assert.Equal("system", entry.UserName);
        Assert.Null(entry.UserId);
    }

    [Fact]
    public async Task Modifying_records_only_the_changed_values_and_bumps_the_version_by_one()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var unit = await AddUnitAsync(host);
        host.Clock.Advance(TimeSpan.FromHours(1));
        host.User.Name = "admin2";

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id, None);
            Assert.Equal(0, tracked.Version);
            tracked.Update("常德经开区", UnitKind.Park, "国家级经开区");
            await db.SaveChangesAsync(None);
            Assert.Equal(1, tracked.Version);
        }

        await using (var scope = host.Scope())
        {
            Assert.Equal(1, (await scope.Db().Units.SingleAsync(u => u.Id == unit.Id, None)).Version);
        }

        var trail = await TrailAsync(host, "CarrierUnit", unit.Id.ToString());
        Assert.Equal(2, trail.Count);
        var modified = trail[1];
        Assert.Equal(AuditAction.Modified, modified.Action);
        Assert.Equal("admin2", modified.UserName);
        Assert.Equal(["name"], Keys(modified.Before));
        Assert.Equal(["name"], Keys(modified.After));
        Assert.Equal("常德经济技术开发区", Value(modified.Before, "name"));
        Assert.Equal("常德经开区", Value(modified.After, "name"));
    }

    [Fact]
    public async Task Each_save_bumps_the_version_once_more()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var unit = await AddUnitAsync(host);

        await using var scope = host.Scope();
        var db = scope.Db();
        var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id, None);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        tracked.Update("一", UnitKind.Park, null);
        await db.SaveChangesAsync(None);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        tracked.Update("二", UnitKind.County, null);
        await db.SaveChangesAsync(None);

        Assert.Equal(2, tracked.Version);
        var last = (await TrailAsync(host, "CarrierUnit", unit.Id.ToString()))[^1];
        Assert.Equal(["kind", "name"], Keys(last.After).Order(StringComparer.Ordinal));
        Assert.Equal("County", Value(last.After, "kind"));
        Assert.Equal("Park", Value(last.Before, "kind"));
    }

    [Fact]
    public async Task Saving_without_a_real_change_writes_no_entry_and_keeps_the_version()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var unit = await AddUnitAsync(host);

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id, None);
            tracked.Update("常德经济技术开发区", UnitKind.Park, "国家级经开区");
            await db.SaveChangesAsync(None);
            Assert.Equal(0, tracked.Version);
        }

        Assert.Single(await TrailAsync(host, "CarrierUnit", unit.Id.ToString()));
    }

    [Fact]
    public async Task A_soft_delete_is_recorded_as_deleted()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var unit = await AddUnitAsync(host);
        host.Clock.Advance(TimeSpan.FromDays(1));

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id, None);
            tracked.Delete(hasActiveUsers: false, host.User.UserId, host.Clock.GetUtcNow());
            await db.SaveChangesAsync(None);
        }

        var deleted = (await TrailAsync(host, "CarrierUnit", unit.Id.ToString()))[^1];
        Assert.Equal(AuditAction.Deleted, deleted.Action);
        Assert.Equal("true", Value(deleted.After, "isDeleted"));
        Assert.Equal("false", Value(deleted.Before, "isDeleted"));
        Assert.Contains("deletedAt", Keys(deleted.After));

        await using (var scope = host.Scope())
        {
            Assert.False(await scope.Db().Units.AnyAsync(u => u.Id == unit.Id, None));
            var stored = await scope.Db().Units.IgnoreQueryFilters().SingleAsync(u => u.Id == unit.Id, None);
            Assert.True(stored.IsDeleted);
            Assert.Equal(1, stored.Version);
        }
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_leaves_no_trace()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var unit = await AddUnitAsync(host);

        // Someone else saves first.
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            (await db.Units.SingleAsync(u => u.Id == unit.Id, None)).Update("别人改的", UnitKind.Park, null);
            await db.SaveChangesAsync(None);
        }

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id, None);
            db.Entry(tracked).Property(u => u.Version).OriginalValue = 0;
            tracked.Update("我改的", UnitKind.Park, null);

            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(None));
        }

        await using (var scope = host.Scope())
        {
            var stored = await scope.Db().Units.SingleAsync(u => u.Id == unit.Id, None);
            Assert.Equal("别人改的", stored.Name);
            Assert.Equal(1, stored.Version);
        }

        var trail = await TrailAsync(host, "CarrierUnit", unit.Id.ToString());
        Assert.Equal(2, trail.Count);
        Assert.DoesNotContain(trail, e => e.After?.Contains("我改的", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task User_secrets_never_reach_the_audit_trail()
    {
        await using var host = await SqliteTestHost.StartAsync();
        ApplicationUser user;
        await using (var scope = host.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            user = new ApplicationUser { UserName = "wang", DisplayName = "王填报", Role = "Filer", CreatedAt = host.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(user, "First#Pass-2026")).Succeeded);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = host.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var loaded = await users.FindByNameAsync("wang");
            loaded!.DisplayName = "王填报(鼎城区)";
            Assert.True((await users.ChangePasswordAsync(loaded, "First#Pass-2026", "Second#Pass-2026")).Succeeded);
        }

        string? hash;
        string? stamp;
        await using (var scope = host.Scope())
        {
            var stored = await scope.Db().Users.AsNoTracking().SingleAsync(u => u.Id == user.Id, None);
            hash = stored.PasswordHash;
            stamp = stored.SecurityStamp;
            Assert.Equal(1, stored.Version);
        }

        var trail = await TrailAsync(host, nameof(ApplicationUser), user.Id.ToString());
        Assert.Equal([AuditAction.Created, AuditAction.Modified], trail.Select(e => e.Action));
        Assert.Equal("王填报(鼎城区)", Value(trail[1].After, "displayName"));
        Assert.Equal("wang", Value(trail[0].After, "userName"));
        foreach (var json in trail.SelectMany(e => new[] { e.Before, e.After }).OfType<string>())
        {
            var keys = Keys(json);
            Assert.DoesNotContain("passwordHash", keys);
            Assert.DoesNotContain("securityStamp", keys);
            Assert.DoesNotContain("concurrencyStamp", keys);
            Assert.DoesNotContain(hash!, json, StringComparison.Ordinal);
            Assert.DoesNotContain(stamp!, json, StringComparison.Ordinal);
        }
    }
}
