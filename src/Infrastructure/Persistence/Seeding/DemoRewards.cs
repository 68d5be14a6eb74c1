using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Rewards;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Rewards;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo's calculated reward year (issue 14 item 7): last year's calculation, approved, with lines for 北京常德商会 (eligible,
/// excluded real estate, below threshold, impact pending) and one eligible project for each of up to two other associations present.
/// The demo's other tracked projects were approved in the last weeks, so this adds its own: filings approved in January of last year
/// with confirmed credits (Propose + Confirm) and twelve verified funds reports each; when no policy is in force on 31 December of
/// that year, a 【演示数据】 successor of Hunan's policy (same terms, not overlapping). Only when no calculation exists yet, and only
/// with Seed:DemoFilings; other areas' data is looked up and its absence tolerated.
/// </summary>
public sealed class DemoRewards(ApplicationDbContext db, IWorkingCalendarSource calendars, IRewardLineWriter writer, TimeProvider clock)
{
    public const string DemoPolicyName = "【演示数据】商协会招商引资奖励政策（续）";

    private sealed record DemoProject(string Name, string Investor, string CreditStem, string Chain, ProjectCategory Category, decimal MonthlyYuan, bool ImpactConfirmed);

    private static readonly DemoProject[] Own =
    [
        new("常德北斗智能制造基地", "北京北斗星智能科技有限公司", "91110108MA01A2B3", "EQUIP", ProjectCategory.Industrial, 2_500_000m, true),
        new("柳叶湖滨湖花园住宅项目", "北京华居置业有限公司", "91110105MA01D4E5", "EQUIP", ProjectCategory.RealEstate, 5_000_000m, true),
        new("鼎城现代农业科技园", "北京绿源农业发展有限公司", "91110112MA01G6H7", "FOOD", ProjectCategory.Agriculture, 1_500_000m, true),
        new("西洞庭生物医药中间体项目", "北京康合生物技术有限公司", "91110114MA01K8L9", "BIO", ProjectCategory.Industrial, 2_000_000m, false),
    ];

    private static readonly DemoProject[] Others =
    [
        new("桃源新型建材产业园", "湖北鄂材新型建材有限公司", "91420100MA01N2P3", "MAT", ProjectCategory.Industrial, 1_800_000m, true),
        new("津市精密电子元件项目", "广东粤芯电子有限公司", "91440300MA01R4T5", "ELEC", ProjectCategory.Industrial, 1_750_000m, true),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var year = ChinaTime.DateOf(now).Year - 1;
        if (await db.RewardCalculations.AnyAsync(ct) || year < 2001)
        {
            return;
        }

        var own = await db.Associations.FirstOrDefaultAsync(a => a.Name == DemoData.DemoAssociation, ct);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var chains = await db.IndustryChains.ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal, ct);
        if (own is null || !units.TryGetValue("430702", out var unitId) || chains.Count == 0)
        {
            return;
        }

        await EnsurePolicyAsync(year, now, ct);
        var others = await db.Associations.Where(a => a.Id != own.Id && a.Status != AssociationStatus.Dissolved).OrderBy(a => a.Name).Take(Others.Length).ToListAsync(ct);
        var people = await db.Users.Where(u => u.UserName == "filer" || u.UserName == "reviewer" || u.UserName == "leader")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        var filer = new FilingActor(people.GetValueOrDefault("filer"), "filer");
        var reviewer = new FilingActor(people.GetValueOrDefault("reviewer"), "reviewer");
        var calendar = await calendars.GetAsync(ct);

        var planned = Own.Select(p => (Project: p, Association: own)).Concat(Others.Zip(others, (p, a) => (Project: p, Association: a))).ToList();
        var day = 6;
        foreach (var (demo, association) in planned)
        {
            var chain = chains.TryGetValue(demo.Chain, out var id) ? id : chains.Values.First();
            var details = new FilingDetails(
                demo.Name, demo.Investor, CreditCodeOf(demo.CreditStem),
                demo.CreditStem[2..4] + "0000", chain, demo.Category, ProjectStage.InProduction, demo.MonthlyYuan * 40m, demo.MonthlyYuan * 30m,
                "【演示数据】奖励测算示例项目", association.Id, null, null, "王经理", "13907360999");
            var submittedAt = ChinaTime.At(new DateOnly(year, 1, day++), new TimeOnly(10, 0));
            var filing = Filing.CreateDraft(unitId, details, filer, submittedAt.AddHours(-2));
            filing.Submit(submittedAt, ReviewDeadline.For(submittedAt, calendar), filer);
            filing.Approve(reviewer, submittedAt.AddDays(1));
            db.Filings.Add(filing);
            await db.SaveChangesAsync(ct); // the approval's handler starts tracking the project

            var credit = ProjectCredit.Propose(filing.Id, unitId, association.Id, null, null, null, CreditSource.Filer, null, filer.Id, filer.Name, submittedAt);
            credit.Confirm(reviewer.Id ?? Guid.Empty, reviewer.Name, submittedAt.AddDays(2));
            db.ProjectCredits.Add(credit);

            var project = await db.TrackedProjects.FirstAsync(p => p.Id == filing.Id, ct);
            for (var month = 1; month <= 12; month++)
            {
                var reportedAt = ChinaTime.At(new DateOnly(year, month, 1).AddMonths(1).AddDays(2), new TimeOnly(9, 0));
                var report = MonthlyReport.ReportFunds(project, year, month, new FundsSplit(demo.MonthlyYuan, 0, 0), null, null, null, filer, reportedAt);
                report.Verify(reviewer, reportedAt.AddDays(1));
                db.MonthlyReports.Add(report);
            }

            if (demo.ImpactConfirmed)
            {
                db.RewardImpactConfirmations.Add(RewardImpactConfirmation.Confirm(project.Id, year, reviewer.Id, reviewer.Name, ChinaTime.At(new DateOnly(year + 1, 1, 5), new TimeOnly(10, 0))));
            }

            await db.SaveChangesAsync(ct);
        }

        var calculation = await RewardLifecycle.CalculateAsync(db, writer, year, reviewer.Id, now.AddHours(-3), ct);
        calculation.Submit(now.AddHours(-2));
        calculation.Approve(people.GetValueOrDefault("leader"), "leader", now.AddHours(-1));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A valid code from the registration prefix (8) and organisation body (8): both check characters computed.</summary>
    private static string CreditCodeOf(string stem16)
    {
        var first17 = stem16 + CreditCode.OrganisationCheckCharacter(stem16[8..]);
        return first17 + (CreditCode.CheckCharacter(first17) ?? throw new InvalidOperationException($"Bad demo credit code {stem16}."));
    }

    private async Task EnsurePolicyAsync(int year, DateTimeOffset now, CancellationToken ct)
    {
        var policies = await db.RewardPolicies.ToListAsync(ct);
        if (policies.Any(p => p.InForceOn(new DateOnly(year, 12, 31))))
        {
            return;
        }

        var from = policies.Where(p => p.ValidTo < new DateOnly(year, 12, 31)).Select(p => p.ValidTo.AddDays(1)).DefaultIfEmpty(new DateOnly(year, 1, 1)).Max();
        var policy = RewardPolicy.Create(DemoPolicyName, from, from.AddYears(2).AddDays(-1) < new DateOnly(year, 12, 31) ? new DateOnly(year + 1, 8, 31) : from.AddYears(2).AddDays(-1),
            20_000_000m, 0.001m, [ProjectCategory.RealEstate, ProjectCategory.Finance, ProjectCategory.Infrastructure], 1_000_000m, null, now);
        policy.EnsureNoOverlap(policies);
        db.RewardPolicies.Add(policy);
        await db.SaveChangesAsync(ct);
    }
}
