using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo tracked projects' lives after approval, seeded after <see cref="DemoFilings"/> (whose approvals create the projects),
/// so the project list, a project's page and the reviewers' verification queue have content: work waiting for verification due
/// later, today and overdue, for both demo filers' units. Made through the domain's and Application's own methods at instants
/// relative to now. Only on a database whose projects have no verification task yet, and only with Seed:DemoFilings.
/// <para>
/// Issue 13's other parts extend <see cref="SeedAsync"/> at the marked points once their entities are on main: each reported
/// milestone or report opens its task through the reporting command's path (<c>OpenVerificationAsync</c>), so the placeholder
/// tasks below (whose subject ids point at nothing yet) are replaced by real ones then.
/// </para>
/// </summary>
public sealed class DemoProjects(ApplicationDbContext db, IWorkingCalendarSource calendars, TimeProvider clock)
{
    private enum Due
    {
        Later,
        Today,
        Overdue,
    }

    private sealed record Pending(string Project, VerificationSubject Subject, string Summary, Due Due);

    private static readonly Pending[] Queue =
    [
        new("智能装备产业园(一期)", VerificationSubject.Milestone, "签约：协议投资额 15亿元", Due.Later),
        new("数字经济产业大厦", VerificationSubject.FundsReport, "上月到位资金：省外境内 3,000万元", Due.Overdue),
        new("新材料产业园", VerificationSubject.Milestone, "开工：已取得施工许可证", Due.Today),
        new("冷链物流园", VerificationSubject.InvestmentReport, "上月完成固定资产投资 800万元", Due.Later),
        new("生物医药产业园", VerificationSubject.FundsReport, "上月到位资金：省外境内 5,000万元", Due.Overdue),
        new("新能源汽车零部件基地", VerificationSubject.InvestmentReport, "上月完成固定资产投资 2,600万元", Due.Today),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!await db.TrackedProjects.AnyAsync(ct) || await db.VerificationTasks.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(ct);
        var today = ChinaTime.DateOf(now);
        var projects = await db.TrackedProjects.ToListAsync(ct);
        TrackedProject? Named(string name) => projects.FirstOrDefault(p => p.ProjectName == name && p.IsActive);

        // Extension point (milestones branch): report and confirm/return milestones through the domain's methods, e.g. 签约 confirmed
        // on 数字经济产业大厦 and 纺织服装智能制造项目 (开工, 竣工), a returned one on 冷链物流园; stop 桃花源文旅综合体-like projects
        // with TrackedProject.Stop; mark 纺织服装智能制造项目 规模工业 with its qualifying date.
        // Extension point (funds branch): monthly funds-in-place and fixed-asset investment reports verified, submitted and rejected.
        // Extension point (service branch): service owners, a revisit due and problems open and escalated.

        // The reviewers' queue: until the reporting entities exist, tasks opened as the reporting commands open them.
        foreach (var pending in Queue)
        {
            if (Named(pending.Project) is not { } project)
            {
                continue;
            }

            var reportedAt = pending.Due switch
            {
                Due.Overdue => ChinaTime.At(DemoFilings.WorkingDaysBefore(calendar, today, 5), new TimeOnly(10, 0)),
                Due.Today => DemoFilings.SubmittedForDueToday(calendar, today, now),
                _ => now.AddHours(-1),
            };
            db.VerificationTasks.Add(VerificationTask.Open(project, pending.Subject, Guid.CreateVersion7(), pending.Summary, reportedAt, ReviewDeadline.For(reportedAt, calendar)));
        }

        await db.SaveChangesAsync(ct);
    }
}
