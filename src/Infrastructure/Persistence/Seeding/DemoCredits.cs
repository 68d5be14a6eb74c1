using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.PurchasedServices;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo credits (引荐认定) and purchased service (以购代补), seeded after <see cref="DemoProjects"/>: confirmed credits to
/// 北京常德商会 (and any other live association, looked up at run time) for approved filings whose tracked projects have verified
/// funds, one competing claim waiting in the reviewers' queue, one rejected, one changed by a reviewer with the reason; and a
/// purchased-service year for this year and last with payments within budget. Only when no credit and no year exists yet.
/// </summary>
public sealed class DemoCredits(ApplicationDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await db.ProjectCredits.AnyAsync(ct))
        {
            await SeedCreditsAsync(now, ct);
        }

        if (!await db.PurchasedServiceYears.AnyAsync(ct))
        {
            SeedPurchasedService(now);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedCreditsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var associations = await db.Associations.Where(a => a.Status != AssociationStatus.Dissolved).OrderBy(a => a.Name == DemoData.DemoAssociation ? 0 : 1).ThenBy(a => a.Name)
            .Select(a => a.Id).ToListAsync(ct);
        if (associations.Count == 0)
        {
            return;
        }

        var verified = db.MonthlyReports.Where(r => r.Status == MonthlyReportStatus.Verified).Select(r => r.ProjectId);
        var filings = await db.Filings.Where(f => f.Status == FilingStatus.Approved)
            .OrderByDescending(f => verified.Contains(f.Id)).ThenBy(f => f.ProjectName)
            .Select(f => new { f.Id, f.UnitId }).Take(8).ToListAsync(ct);
        if (filings.Count == 0)
        {
            return;
        }

        var people = await db.Users.Where(u => u.UserName == "filer" || u.UserName == "reviewer").ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        var reviewer = people.GetValueOrDefault("reviewer");
        var filer = people.TryGetValue("filer", out var f) ? f : (Guid?)null;
        Guid Association(int i) => associations[i % associations.Count];
        var proposedAt = now.AddDays(-20);
        var decidedAt = now.AddDays(-15);

        ProjectCredit Claim(int index, Guid? associationId, RecommenderKind? kind = null, string? name = null)
        {
            var filing = filings[index];
            var credit = ProjectCredit.Propose(filing.Id, filing.UnitId, associationId, kind, null, name, CreditSource.Filer, null, filer, "演示数据", proposedAt);
            db.ProjectCredits.Add(credit);
            return credit;
        }

        // Confirmed credits: the first filings (those with verified funds first) to the demo association and the others in turn.
        var confirmedCount = Math.Max(1, Math.Min(4, filings.Count - 3));
        for (var i = 0; i < confirmedCount; i++)
        {
            var credit = Claim(i, i < 2 ? associations[0] : Association(i), i == 1 ? RecommenderKind.Person : null, i == 1 ? "张先生（演示数据）" : null);
            credit.Confirm(reviewer, "reviewer", decidedAt);
        }

        if (filings.Count > confirmedCount)
        {
            // A competing claim: two associations (or the same one with a named person) claim the same filing; both wait in the queue.
            var first = Claim(confirmedCount, associations[0]);
            _ = first;
            if (associations.Count > 1)
            {
                Claim(confirmedCount, associations[1]);
            }
            else
            {
                Claim(confirmedCount, null, RecommenderKind.Person, "李女士（演示数据）");
            }
        }

        if (filings.Count > confirmedCount + 1)
        {
            var rejected = Claim(confirmedCount + 1, Association(1));
            rejected.Reject("【演示数据】引荐材料不足，未能证明该商会参与洽谈。", reviewer, "reviewer", decidedAt);
        }

        if (filings.Count > confirmedCount + 2)
        {
            var old = Claim(confirmedCount + 2, Association(1));
            old.Confirm(reviewer, "reviewer", decidedAt);
            var replacement = ProjectCredit.Change(old, [old], associations[0], null, null, null,
                "【演示数据】经核实，项目由北京常德商会引荐。", reviewer, "reviewer", now.AddDays(-5));
            db.ProjectCredits.Add(replacement);
        }
    }

    private void SeedPurchasedService(DateTimeOffset now)
    {
        var thisYear = now.AddHours(8).Year;
        var last = PurchasedServiceYear.Create(thisYear - 1, "常德市招商服务中心（演示数据）", 2_400_000m, null, "【演示数据】以购代补年度合同", null, now);
        last.AddPayment(new DateOnly(thisYear - 1, 3, 31), 800_000m, "首期", null, now);
        last.AddPayment(new DateOnly(thisYear - 1, 9, 30), 800_000m, "二期", null, now);
        last.AddPayment(new DateOnly(thisYear - 1, 12, 20), 800_000m, "尾款", null, now);
        last.RecordEvaluation("92分 优秀", new DateOnly(thisYear - 1, 12, 28), "【演示数据】年终考评");
        var current = PurchasedServiceYear.Create(thisYear, "常德市招商服务中心（演示数据）", 2_500_000m, null, "【演示数据】以购代补年度合同", null, now);
        current.AddPayment(new DateOnly(thisYear, 3, 31), 1_000_000m, "首期", null, now);
        db.PurchasedServiceYears.AddRange(last, current);
        db.PurchasedServicePayments.AddRange(last.Payments);
        db.PurchasedServicePayments.AddRange(current.Payments);
    }
}
