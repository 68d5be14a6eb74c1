using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Infrastructure.Calendar;
using InvestPromo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>Configuration section "Seed".</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo city and demo users. Null means: on with SQLite, off otherwise.</summary>
    public bool? Demo { get; set; }

    /// <summary>With the demo data: also demo filings, publications, an objection (on a database without filings) and the tracked projects' demo work.</summary>
    public bool DemoFilings { get; set; }

    /// <summary>With no demo data, the first admin account is created from these when no admin exists.</summary>
    public string? AdminUserName { get; set; }

    public string? AdminPassword { get; set; }
}

/// <summary>Idempotent: adds what is missing, never changes what is there.</summary>
public sealed partial class DatabaseSeeder(
    ApplicationDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<ApplicationRole> roles,
    IOptions<SeedOptions> seedOptions,
    IOptions<DatabaseOptions> databaseOptions,
    TimeProvider clock,
    DemoFilings demoFilings,
    DemoProjects demoProjects,
    DemoAssociations demoAssociations,
    DemoRewards demoRewards,
    DemoCredits demoCredits,
    DemoPeople demoPeople,
    DemoLeads demoLeads,
    DemoEvents demoEvents,
    DemoQuarterly demoQuarterly,
    DemoEvaluations demoEvaluations,
    ILogger<DatabaseSeeder> logger)
{
    public bool DemoEnabled => seedOptions.Value.Demo ?? databaseOptions.Value.Provider == DatabaseProvider.Sqlite;

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedRolesAsync();
        await SeedRegionsAsync(ct);
        await SeedCalendarAsync(ct);
        await SeedRewardPoliciesAsync(ct);
        if (DemoEnabled)
        {
            await SeedDemoAsync(ct);
            if (seedOptions.Value.DemoFilings)
            {
                await demoFilings.SeedAsync(ct);
                await demoProjects.SeedAsync(ct);
                await demoAssociations.SeedAsync(ct);
                await demoRewards.SeedAsync(ct);
                await demoCredits.SeedAsync(ct);
                await demoPeople.SeedAsync(ct);
                await demoLeads.SeedAsync(ct);
                await demoEvents.SeedAsync(ct);
                await demoQuarterly.SeedAsync(ct);
                await demoEvaluations.SeedAsync(ct);
            }
        }
        else
        {
            await SeedFirstAdminAsync(ct);
        }
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.UserRoles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new ApplicationRole(role)));
            }
        }
    }

    /// <summary>
    /// The shipped regions a database lacks (an existing database gains the cities); never an existing one, so an admin's
    /// rename or deactivation stays.
    /// </summary>
    private async Task SeedRegionsAsync(CancellationToken ct)
    {
        var existing = (await db.SourceRegions.IgnoreQueryFilters().Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.SourceRegions.AddRange(ReferenceData.CreateRegions(clock.GetUtcNow()).Where(r => !existing.Contains(r.Code)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The shipped official calendar, in every environment: only years that are absent, so an admin's correction stays.</summary>
    private async Task SeedCalendarAsync(CancellationToken ct)
    {
        var existing = (await db.CalendarYears.IgnoreQueryFilters().Select(y => y.Year).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var year in ShippedCalendar.Years.Where(y => !existing.Contains(y.Year)))
        {
            var days = year.Days!.Select(d => new CalendarDay(d.Date, d.Kind, d.Name));
            db.CalendarYears.Add(CalendarYear.Create(year.Year, days, year.Source, null, now));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Hunan's reward policy (DOMAIN.md §6) is reference data: in every database, once (admins add its successors).</summary>
    private async Task SeedRewardPoliciesAsync(CancellationToken ct)
    {
        if (!await db.RewardPolicies.IgnoreQueryFilters().AnyAsync(p => p.Name == Domain.Rewards.RewardPolicy.HunanName, ct))
        {
            db.RewardPolicies.Add(Domain.Rewards.RewardPolicy.Hunan(clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task SeedDemoAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var unitCodes = (await db.Units.IgnoreQueryFilters().Select(u => u.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.Units.AddRange(DemoData.Units.Where(u => !unitCodes.Contains(u.Code)).Select(u => CarrierUnit.Create(u.Code, u.Name, u.Kind, null, null, now)));

        var chainCodes = (await db.IndustryChains.IgnoreQueryFilters().Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var order = 0;
        foreach (var (code, name, nameEn, group) in DemoData.IndustryChains)
        {
            order += 10;
            if (!chainCodes.Contains(code))
            {
                db.IndustryChains.Add(IndustryChain.Create(code, name, nameEn, group, order, null, now));
            }
        }

        await db.SaveChangesAsync(ct);

        if (!await db.Associations.IgnoreQueryFilters().AnyAsync(a => a.Name == DemoData.DemoAssociation, ct))
        {
            db.Associations.Add(Association.Create(DemoData.DemoAssociation, AssociationKind.HometownChamberElsewhere, null, now));
            await db.SaveChangesAsync(ct);
        }

        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var demo in DemoData.Users)
        {
            if (await users.FindByNameAsync(demo.UserName) is null)
            {
                await CreateUserAsync(demo.UserName, demo.DisplayName, demo.Role, demo.UnitCode is null ? null : units[demo.UnitCode], demo.Password);
            }

            if (demo.AssociationName is { } associationName && await users.FindByNameAsync(demo.UserName) is { AssociationId: null } linked)
            {
                linked.AssociationId = await db.Associations.Where(a => a.Name == associationName).Select(a => (Guid?)a.Id).FirstAsync(ct);
                Check(await users.UpdateAsync(linked));
            }
        }
    }

    private async Task SeedFirstAdminAsync(CancellationToken ct)
    {
        var options = seedOptions.Value;
        if (string.IsNullOrWhiteSpace(options.AdminUserName) || string.IsNullOrEmpty(options.AdminPassword))
        {
            return;
        }

        if (await db.Users.AnyAsync(u => u.Role == Roles.Admin, ct))
        {
            return;
        }

        await CreateUserAsync(options.AdminUserName, "系统管理员", Roles.Admin, null, options.AdminPassword);
        LogFirstAdmin(logger, options.AdminUserName);
    }

    private async Task CreateUserAsync(string userName, string displayName, string role, Guid? unitId, string password)
    {
        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = displayName,
            Role = role,
            UnitId = unitId,
            CreatedAt = clock.GetUtcNow(),
            PasswordChangedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first admin account '{UserName}' from configuration; change its password now.")]
    private static partial void LogFirstAdmin(ILogger logger, string userName);
}
