using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Infrastructure.Identity;
using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Seeding;
using InvestPromo.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>Migrating and seeding a fresh SQLite database with the app's own services.</summary>
public sealed class SeedingTests
{
    private sealed record Counts(int Provinces, int Countries, int Cities, int Units, int Centers, int Chains, int Users, int UserRoles, int Roles, int AuditEntries);

    private static async Task<Counts> CountAsync(ApplicationDbContext db) => new(
        await db.SourceRegions.CountAsync(r => r.Kind == SourceRegionKind.Province),
        await db.SourceRegions.CountAsync(r => r.Kind == SourceRegionKind.Country),
        await db.SourceRegions.CountAsync(r => r.Kind == SourceRegionKind.City),
        await db.Units.IgnoreQueryFilters().CountAsync(),
        await db.Units.CountAsync(u => u.Kind == UnitKind.Center),
        await db.IndustryChains.IgnoreQueryFilters().CountAsync(),
        await db.Users.CountAsync(),
        await db.UserRoles.CountAsync(),
        await db.Roles.CountAsync(),
        await db.AuditEntries.CountAsync());

    [Fact]
    public async Task Migrating_leaves_nothing_pending()
    {
        await using var host = await SqliteTestHost.StartAsync();
        await using var scope = host.Scope();

        Assert.Empty(await scope.Db().Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await scope.Db().Database.GetAppliedMigrationsAsync());
        Assert.True(File.Exists(Path.Combine(host.Folder, "x.db")));
    }

    [Fact]
    public async Task Seeding_fills_the_reference_data_and_the_demo_city()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        await using var scope = host.Scope();
        var db = scope.Db();

        var counts = await CountAsync(db);

        Assert.Equal(34, counts.Provinces);
        Assert.Equal(ReferenceData.Regions.Count(r => r.Kind == SourceRegionKind.Country), counts.Countries);
        Assert.Equal(ReferenceData.Regions.Count(r => r.Kind == SourceRegionKind.City), counts.Cities);
        Assert.True(counts.Countries >= 240, $"only {counts.Countries} countries");
        Assert.True(counts.Cities >= 330, $"only {counts.Cities} cities");
        Assert.Equal(9, counts.Units);
        Assert.Equal(1, counts.Centers);
        Assert.True(counts.Chains >= 10, $"only {counts.Chains} industry chains");
        Assert.Equal(6, counts.Users);
        Assert.Equal(Roles.UserRoles.Count, counts.Roles);
        Assert.Equal("北京市", (await db.SourceRegions.SingleAsync(r => r.Code == "110000")).Name);
        var changde = await db.SourceRegions.SingleAsync(r => r.Code == "430700");
        Assert.Equal(("常德市", "Changde", SourceRegionKind.City, "430000", true), (changde.Name, changde.NameEn, changde.Kind, changde.ParentCode, changde.IsActive));
        Assert.Equal("常德市投资促进中心", (await db.Units.SingleAsync(u => u.Kind == UnitKind.Center)).Name);
    }

    [Fact]
    public async Task Every_demo_user_has_its_role_and_filers_their_unit()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        await using var scope = host.Scope();
        var db = scope.Db();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Code);

        foreach (var demo in DemoData.Users)
        {
            var user = await users.FindByNameAsync(demo.UserName);
            Assert.NotNull(user);
            Assert.Equal(demo.Role, user.Role);
            Assert.Equal([demo.Role], await users.GetRolesAsync(user));
            Assert.True(user.IsActive);
            Assert.Equal(demo.UnitCode, user.UnitId is { } unitId ? units[unitId] : null);
            Assert.True(await users.CheckPasswordAsync(user, demo.Password), $"{demo.UserName}'s demo password does not work");
        }

        var filer = await users.FindByNameAsync("filer");
        Assert.Equal("430702", units[filer!.UnitId!.Value]);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        Counts first;
        await using (var scope = host.Scope())
        {
            first = await CountAsync(scope.Db());
        }

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.SeedAsync();

        await using (var scope = host.Scope())
        {
            var second = await CountAsync(scope.Db());
            Assert.Equal(first, second);
            Assert.All(await scope.Db().Units.ToListAsync(), u => Assert.Equal(SqliteTestHost.Start, u.CreatedAt));
        }
    }

    [Fact]
    public async Task Seeding_an_existing_database_adds_the_missing_regions_but_keeps_a_rename_and_a_deactivation()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        await using (var scope = host.Scope())
        {
            // A database from before the cities: only provinces and the first countries; one renamed, one deactivated.
            var db = scope.Db();
            db.SourceRegions.RemoveRange(await db.SourceRegions.Where(r => r.Kind == SourceRegionKind.City || r.Code == "FI").ToListAsync());
            var hunan = await db.SourceRegions.SingleAsync(r => r.Code == "430000");
            hunan.Rename("湖南", "Hunan Province");
            (await db.SourceRegions.SingleAsync(r => r.Code == "SG")).SetActive(false);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await host.SeedAsync();

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            Assert.Equal(ReferenceData.Regions.Count, await db.SourceRegions.CountAsync());
            Assert.True(await db.SourceRegions.AnyAsync(r => r.Code == "430700" && r.ParentCode == "430000" && r.IsActive));
            Assert.True(await db.SourceRegions.AnyAsync(r => r.Code == "FI" && r.IsActive));
            var hunan = await db.SourceRegions.SingleAsync(r => r.Code == "430000");
            Assert.Equal(("湖南", "Hunan Province"), (hunan.Name, hunan.NameEn));
            Assert.False((await db.SourceRegions.SingleAsync(r => r.Code == "SG")).IsActive);
        }
    }

    [Fact]
    public async Task Seeding_adds_back_only_what_is_missing()
    {
        await using var host = await SqliteTestHost.StartAsync(seed: true);
        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            db.SourceRegions.Remove(await db.SourceRegions.SingleAsync(r => r.Code == "SG"));
            db.IndustryChains.Remove(await db.IndustryChains.SingleAsync(c => c.Code == "BIO"));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await host.SeedAsync();

        await using (var scope = host.Scope())
        {
            var db = scope.Db();
            Assert.True(await db.SourceRegions.AnyAsync(r => r.Code == "SG"));
            Assert.True(await db.IndustryChains.AnyAsync(c => c.Code == "BIO"));
            Assert.Equal(9, await db.Units.CountAsync());
        }
    }
}
