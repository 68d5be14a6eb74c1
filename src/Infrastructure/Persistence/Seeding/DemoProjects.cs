using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Projects.Milestones;
using InvestPromo.Application.Projects.Reports;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo tracked projects' lives after approval, seeded after <see cref="DemoFilings"/> (whose approvals create the projects),
/// so the project list, a project's page, the reviewers' verification queue, the funds totals and the service due list have content
/// for both demo filers' units (武陵区 430702, 鼎城区 430703): milestones reported, confirmed (signings of 12亿 and 62亿) and returned,
/// a stopped project, a 规模工业 one with its fixed-asset investment, funds-in-place months verified, submitted and rejected, service
/// owners, revisits (one overdue) and problems open, in progress and escalated. Made through the domain's methods at instants
/// relative to now, each reported record opening its verification task as the reporting commands do
/// (<see cref="VerificationTasks.OpenVerificationAsync"/>) and each decision closing it. Only on a database whose projects have
/// no milestone, report or verification task yet, and only with Seed:DemoFilings.
/// </summary>
public sealed class DemoProjects(ApplicationDbContext db, IWorkingCalendarSource calendars, RevisitPolicy policy, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!await db.TrackedProjects.AnyAsync(ct) || await db.VerificationTasks.AnyAsync(ct) || await db.ProjectMilestones.AnyAsync(ct)
            || await db.MonthlyReports.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(ct);
        var today = ChinaTime.DateOf(now);
        var projects = await db.TrackedProjects.ToListAsync(ct);
        var people = await db.Users.Where(u => u.UserName == "filer" || u.UserName == "filer2" || u.UserName == "reviewer")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        FilingActor Person(string userName) =>
            people.TryGetValue(userName, out var id) ? new(id, userName) : new(null, "演示数据");
        var filer = Person("filer");
        var filer2 = Person("filer2");
        var reviewer = Person("reviewer");
        TrackedProject? Named(string name) => projects.FirstOrDefault(p => p.ProjectName == name && p.IsActive);

        DateTimeOffset Clamp(DateTimeOffset at) => at > now ? now : at;
        DateOnly Day(TrackedProject p, int days) => p.ApprovedOn.AddDays(days) is var d && d > today ? today : d;
        DateTimeOffset At(DateOnly day, int hour) => Clamp(ChinaTime.At(day, new TimeOnly(hour, 0)));
        var overdue = ChinaTime.At(DemoFilings.WorkingDaysBefore(calendar, today, 5), new TimeOnly(10, 0));
        var dueToday = DemoFilings.SubmittedForDueToday(calendar, today, now);

        async Task<ProjectMilestone> Report(
            TrackedProject p, List<ProjectMilestone> all, MilestoneKind kind, DateOnly on, decimal? yi, FilingActor by, DateTimeOffset at)
        {
            at = at < ChinaTime.At(p.ApprovedOn, new TimeOnly(16, 0)) ? Clamp(ChinaTime.At(p.ApprovedOn, new TimeOnly(16, 0))) : at;
            on = on > ChinaTime.DateOf(at) ? ChinaTime.DateOf(at) : on;
            var milestone = p.ReportMilestone(all, kind, on, yi * Money.HundredMillion, null, by, null, null, at);
            all.Add(milestone);
            db.ProjectMilestones.Add(milestone);
            await db.OpenVerificationAsync(calendars, p, milestone, at, ct);
            await db.SaveChangesAsync(ct);
            return milestone;
        }

        async Task Confirm(TrackedProject p, List<ProjectMilestone> all, ProjectMilestone milestone)
        {
            var at = Clamp(milestone.ReportedAt.AddDays(1));
            p.ConfirmMilestone(all, milestone, reviewer, at);
            await db.CloseVerificationAsync(VerificationSubject.Milestone, milestone.Id, reviewer.Id, at, ct);
            await db.SaveChangesAsync(ct);
        }

        async Task<ProjectMilestone> Confirmed(TrackedProject p, List<ProjectMilestone> all, MilestoneKind kind, DateOnly on, decimal? yi, FilingActor by)
        {
            var milestone = await Report(p, all, kind, on, yi, by, At(on, 10));
            await Confirm(p, all, milestone);
            return milestone;
        }

        // Every ended month from the approval's to the last one; the last month's report left as given.
        List<DateOnly> EndedMonths(TrackedProject p)
        {
            var months = new List<DateOnly>();
            for (var m = new DateOnly(p.ApprovedOn.Year, p.ApprovedOn.Month, 1); MonthlyReport.MonthHasEnded(m.Year, m.Month, today); m = m.AddMonths(1))
            {
                months.Add(m);
            }

            return months;
        }

        async Task<MonthlyReport> Monthly(TrackedProject p, DateOnly month, FundsSplit? split, decimal investment, FilingActor by, DateTimeOffset? at, bool? verify, string? rejection = null)
        {
            var earliest = ChinaTime.At(month.AddMonths(1), new TimeOnly(9, 0));
            var reportedAt = at is { } given && given >= earliest ? given : Clamp(earliest.AddDays(2));
            if (reportedAt < earliest)
            {
                reportedAt = now;
            }

            var report = split is { } funds
                ? MonthlyReport.ReportFunds(p, month.Year, month.Month, funds, null, null, null, by, reportedAt)
                : MonthlyReport.ReportInvestment(p, month.Year, month.Month, investment, null, null, null, by, reportedAt);
            db.MonthlyReports.Add(report);
            await MonthlyReportFigures.OpenVerificationAsync(db, calendars, p, report, reportedAt, ct);
            await db.SaveChangesAsync(ct);
            if (verify is { } yes)
            {
                var decidedAt = Clamp(reportedAt.AddDays(1));
                if (yes)
                {
                    report.Verify(reviewer, decidedAt);
                }
                else
                {
                    report.Reject(reviewer, decidedAt, rejection);
                }

                await db.CloseVerificationAsync(MonthlyReportFigures.SubjectOf(report.Kind), report.Id, reviewer.Id, decidedAt, ct);
                await db.SaveChangesAsync(ct);
            }

            return report;
        }

        async Task Revisit(TrackedProject p, DateOnly on, FilingActor by, string notes)
        {
            db.ProjectRevisits.Add(ProjectRevisit.Record(p, on, by.Name + "、招商服务中心 张科长", "企业负责人 王经理", notes, policy, by.Id, by.Name, At(on, 17)));
            await db.SaveChangesAsync(ct);
        }

        async Task<ProjectProblem> Problem(TrackedProject p, DateOnly raisedOn, string description, string department, int dueInDays, FilingActor by)
        {
            var at = At(raisedOn, 11);
            var problem = ProjectProblem.Raise(p, description, department, ChinaTime.DateOf(at).AddDays(dueInDays), by.Id, by.Name, at);
            db.ProjectProblems.Add(problem);
            await db.SaveChangesAsync(ct);
            return problem;
        }

        // 武陵区: 数字经济产业大厦 (浙江 investor) signed and started, completion reported and overdue for verification; funds verified
        // every ended month but the last, not reported yet (approved five weeks ago, so at least one month has ended); revisit overdue (the project's own 14-day interval); a problem escalated.
        if (Named("数字经济产业大厦") is { } digital)
        {
            var all = new List<ProjectMilestone>();
            await Confirmed(digital, all, MilestoneKind.Signed, Day(digital, 1), 6m, filer);
            await Confirmed(digital, all, MilestoneKind.Started, Day(digital, 10), null, filer);
            await Report(digital, all, MilestoneKind.Completed, ChinaTime.DateOf(overdue).AddDays(-1), null, filer, overdue);
            var months = EndedMonths(digital);
            for (var i = 0; i < months.Count - 1; i++)
            {
                await Monthly(digital, months[i], new FundsSplit(30_000_000m + (i * 5_000_000m), 0, 0), 0, filer, null, true);
            }

            digital.AssignService(filer.Id, filer.Name, 14, policy);
            await Revisit(digital, Day(digital, 12), filer, "企业反映装修进度正常，部分入驻企业需协调宽带接入。");
            var problem = await Problem(digital, Day(digital, 13), "园区配套道路未完工，影响入驻企业车辆通行。", "区住房和城乡建设局", 10, filer);
            var at = Clamp(problem.CreatedAt.AddDays(2));
            problem.MoveTo(ProblemStatus.InProgress, "已转区住建局协调施工进度。", null, digital.ProjectName, digital.UnitId, reviewer.Id, reviewer.Name, at);
            problem.MoveTo(ProblemStatus.Escalated, "涉及跨部门用地调整，提请市领导协调。", "市人民政府副市长 李明", digital.ProjectName, digital.UnitId, reviewer.Id, reviewer.Name, Clamp(at.AddDays(3)));
            await db.SaveChangesAsync(ct);
        }

        // 武陵区: 新能源电池材料项目 signed for 62亿 (≥ 50亿), its start reported and due for verification today.
        if (Named("新能源电池材料项目") is { } battery)
        {
            var all = new List<ProjectMilestone>();
            var signed = await Confirmed(battery, all, MilestoneKind.Signed, battery.ApprovedOn, 62m, filer);
            var at = dueToday > signed.DecidedAt ? dueToday : now.AddMinutes(-30);
            await Report(battery, all, MilestoneKind.Started, ChinaTime.DateOf(at), null, filer, at);
            battery.AssignService(filer.Id, filer.Name, 7, policy);
            await db.SaveChangesAsync(ct);
        }

        // 武陵区: 智能装备产业园(一期) (省内 investor: no funds-in-place to report) with its signing awaiting confirmation.
        if (Named("智能装备产业园(一期)") is { } equipment)
        {
            await Report(equipment, [], MilestoneKind.Signed, equipment.ApprovedOn, 15m, filer, now.AddHours(-1));
        }

        // 鼎城区: 新材料产业园 (江苏 investor) signed for 12亿 (≥ 10亿), started and completed, 规模工业 with its fixed-asset investment
        // verified (the last month's waiting); funds verified, the last month's rejected; a revisit recorded (next one later) and a problem in progress.
        if (Named("新材料产业园") is { } materials)
        {
            var all = new List<ProjectMilestone>();
            await Confirmed(materials, all, MilestoneKind.Signed, materials.ApprovedOn, 12m, filer2);
            await Confirmed(materials, all, MilestoneKind.Started, Day(materials, 7), null, filer2);
            await Confirmed(materials, all, MilestoneKind.Completed, Day(materials, 20), null, filer2);
            materials.MarkAboveDesignatedSize(Day(materials, 25), now);
            var months = EndedMonths(materials);
            for (var i = 0; i < months.Count; i++)
            {
                var last = i == months.Count - 1 && months.Count > 1;
                await Monthly(materials, months[i], new FundsSplit(20_000_000m + (i * 8_000_000m), 0, 0), 0, filer2, null, !last,
                    last ? "到位资金与银行进账单金额不一致，请核对后重新报送。" : null);
                await Monthly(materials, months[i], null, 8_000_000m + (i * 2_600_000m), filer2, null, i == months.Count - 1 ? null : true);
            }

            materials.AssignService(filer2.Id, filer2.Name, null, policy);
            await Revisit(materials, Day(materials, 22), filer2, "生产线已竣工投产，企业申请规上工业入库指导。");
            var problem = await Problem(materials, Day(materials, 23), "企业急需熟练技术工人约 120 名。", "区人力资源和社会保障局", 30, filer2);
            problem.MoveTo(ProblemStatus.InProgress, "已对接职业技术学院定向培训。", null, materials.ProjectName, materials.UnitId, reviewer.Id, reviewer.Name, Clamp(problem.CreatedAt.AddDays(1)));
            await db.SaveChangesAsync(ct);
        }

        // 鼎城区: 冷链物流园 with its signing returned (reason), a service owner and an open problem.
        if (Named("冷链物流园") is { } coldChain)
        {
            var all = new List<ProjectMilestone>();
            var signing = await Report(coldChain, all, MilestoneKind.Signed, coldChain.ApprovedOn, 3.2m, filer2, At(coldChain.ApprovedOn, 17));
            var at = Clamp(signing.ReportedAt.AddHours(18));
            coldChain.ReturnMilestone(signing, "协议投资额与上传的投资协议扫描件不一致，请核对后重新报送。", reviewer, at);
            await db.CloseVerificationAsync(VerificationSubject.Milestone, signing.Id, reviewer.Id, at, ct);
            coldChain.AssignService(filer2.Id, filer2.Name, null, policy);
            db.ProjectProblems.Add(ProjectProblem.Raise(coldChain, "冷库用电增容报装尚未批复。", "国网常德供电公司", today.AddDays(14), filer2.Id, filer2.Name, now.AddHours(-2)));
            await db.SaveChangesAsync(ct);
        }

        // 新能源汽车零部件基地 (German investor): signing confirmed, funds in place as foreign money, the last month's waiting (due today).
        if (Named("新能源汽车零部件基地") is { } parts)
        {
            await Confirmed(parts, [], MilestoneKind.Signed, parts.ApprovedOn, 55m, reviewer);
            var months = EndedMonths(parts);
            for (var i = 0; i < months.Count; i++)
            {
                var last = i == months.Count - 1;
                await Monthly(parts, months[i], new FundsSplit(0, 0, 45_000_000m), 0, reviewer, last ? dueToday : null, last ? null : true);
            }
        }

        // 绿色食品精深加工项目 stopped (终止).
        if (Named("绿色食品精深加工项目") is { } food)
        {
            food.Stop(Day(food, 5), "投资方经营战略调整，经协商终止项目。", now);
            await db.SaveChangesAsync(ct);
        }

        // 【演示数据】 The current year's projects of the quarterly scheduling demo (DemoFilings.YearProjects): signed, started and
        // completed as given, confirmed; 规模工业 investment and funds in place in the investor's class, verified every ended month.
        foreach (var year in DemoFilings.YearProjects)
        {
            if (Named(year.Project) is not { } project)
            {
                continue;
            }

            var by = year.Unit switch { "430702" => filer, "430703" => filer2, _ => new FilingActor(null, "演示数据") };
            var all = new List<ProjectMilestone>();
            await Confirmed(project, all, MilestoneKind.Signed, Day(project, 2), year.SignedYi, by);
            if (year.Started)
            {
                await Confirmed(project, all, MilestoneKind.Started, Day(project, 30), null, by);
            }

            if (year.Completed)
            {
                await Confirmed(project, all, MilestoneKind.Completed, Day(project, 75), null, by);
            }

            if (year.InvestmentWan > 0)
            {
                project.MarkAboveDesignatedSize(Day(project, 20), now);
            }

            var funds = year.FundsWan * 10_000m;
            // The investor's class: a country is 境外 (外国), a province other than 湖南 is 省外境内; 湖南's own investors bring none.
            FundsSplit? split = funds <= 0 ? null
                : year.Region.Length == 2 ? new FundsSplit(0, 0, funds)
                : !year.Region.StartsWith("43", StringComparison.Ordinal) ? new FundsSplit(funds, 0, 0)
                : null;
            foreach (var month in EndedMonths(project))
            {
                if (year.InvestmentWan > 0)
                {
                    await Monthly(project, month, null, year.InvestmentWan * 10_000m, by, null, true);
                }

                if (split is { } given)
                {
                    await Monthly(project, month, given, 0, by, null, true);
                }
            }
        }
    }
}
