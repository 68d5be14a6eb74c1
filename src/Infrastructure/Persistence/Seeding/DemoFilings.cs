using System.Security.Cryptography;
using System.Text;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Publications;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo filings for the demo city, so every screen has something to show on a fresh demo database: drafts, reviews due
/// later, today and overdue, a returned filing, approvals over the last six weeks with their weekly publications (the
/// latest one still in its publicity period), a revocation, reserve-list projects and one objection under re-review.
/// Everything is made through the domain's own methods, at instants relative to now, so deadlines and weeks follow
/// the working-day calendar. Only on a database without filings, and only with Seed:DemoFilings (the Development
/// settings switch it on; tests and production never see it).
/// </summary>
public sealed class DemoFilings(ApplicationDbContext db, IWorkingCalendarSource calendars, PublicationOptions publicationOptions, TimeProvider clock)
{
    /// <summary>The receipt code of the demo objection, for trying the public status page.</summary>
    public const string DemoReceiptCode = "DEM0-2026-0000-0001";

    private enum Scenario
    {
        Draft,
        DueLater,
        DueToday,
        Overdue,
        Returned,
        Approved,
        Revoked,
        Objected,
    }

    /// <param name="WeeksAgo">For approvals: how many weeks before this week it was approved (1 = last week).</param>
    private sealed record Demo(
        string Unit,
        string Project,
        string Investor,
        string? CreditCodeStem,
        string Region,
        string Chain,
        ProjectCategory Category,
        ProjectStage Stage,
        decimal TotalYi,
        string Content,
        Scenario Scenario,
        int WeeksAgo = 0,
        int Day = 1,
        int Month = 0);

    /// <summary>
    /// 【演示数据】 An industrial project of the current year for the quarterly scheduling (季调度) demo: approved around the 10th of
    /// <paramref name="Month"/>, signed for <paramref name="SignedYi"/> two days later, then (when set) started 30 and completed 75 days
    /// after its approval, all confirmed in <see cref="DemoProjects"/>; 规模工业 with a verified fixed-asset investment of
    /// <paramref name="InvestmentWan"/> 万元 a month, and verified funds in place of <paramref name="FundsWan"/> 万元 a month in its
    /// investor's class (省外境内 or 境外), for every ended month from its approval's.
    /// </summary>
    internal sealed record YearProject(
        string Unit, string Project, string Investor, string Region, string Chain, decimal SignedYi, int Month, bool Started, bool Completed,
        decimal InvestmentWan = 0, decimal FundsWan = 0);

    /// <summary>
    /// The current year's demo projects, so the quarterly reports show differing actuals: 柳叶湖旅游度假区 on schedule against its
    /// targets, the others behind it by different amounts (桃源县 with none), one signing ≥ 50亿 and several ≥ 10亿.
    /// </summary>
    internal static readonly YearProject[] YearProjects =
    [
        new("LYHTR", "房车及营地装备制造基地", "浙江途居房车科技有限公司", "330000", "EQUIP", 12m, 1, true, true, 4000m, 12000m),
        new("LYHTR", "水上游乐设备制造项目", "广东金湾游乐设备有限公司", "440000", "EQUIP", 10.5m, 1, true, true, 3500m, 11000m),
        new("LYHTR", "新能源观光车生产项目", "江苏绿驰新能源车辆有限公司", "320000", "NEV", 6m, 2, true, true, 3000m, 10000m),
        new("LYHTR", "户外运动用品生产项目", "新加坡森野户外用品私人有限公司", "SG", "TEXTILE", 3m, 2, true, true, 2000m, 1200m),
        new("LYHTR", "智能灯光音响设备项目", "广州声光智能科技有限公司", "440000", "ELEC", 2.8m, 2, true, true),
        new("LYHTR", "旅游休闲食品加工项目", "湖南湘味坊食品有限公司", "430000", "FOOD", 1.5m, 3, true, true),
        new("LYHTR", "生态饮用水生产项目", "湖南桃花源水业有限公司", "430000", "FOOD", 2m, 3, true, true),
        new("LYHTR", "文创产品智能制造项目", "浙江文创智造有限公司", "330000", "DIGITAL", 1.2m, 3, true, true),
        new("LYHTR", "茶叶精深加工项目", "湖南常德茶业有限公司", "430000", "FOOD", 1.8m, 4, true, true),
        new("LYHTR", "医养康复器械生产项目", "上海康乐医疗器械有限公司", "310000", "BIO", 4m, 4, true, true),
        new("LYHTR", "特色酒业酿造项目", "湖南武陵酒业有限公司", "430000", "FOOD", 2.5m, 5, true, true),
        new("LYHTR", "休闲服饰生产项目", "福建闽旅服饰有限公司", "350000", "TEXTILE", 1.6m, 5, true, false),
        new("LYHTR", "木竹制品加工项目", "江西竹韵家居有限公司", "360000", "FOOD", 1.1m, 6, true, false),
        new("LYHTR", "精密光学器件项目", "深圳光启精密光学有限公司", "440000", "ELEC", 3.5m, 7, true, false),
        new("LYHTR", "绿色包装印刷项目", "湖北楚印包装有限公司", "420000", "MAT", 1.3m, 7, false, false),
        new("LYHTR", "户外帐篷及装备项目", "浙江野营装备有限公司", "330000", "TEXTILE", 0.9m, 8, false, false),
        new("LYHTR", "旅游电动船艇制造项目", "江苏澄江船艇有限公司", "320000", "NEV", 2.2m, 8, false, false),
        new("430702", "工程机械液压件项目", "江苏恒立精工有限公司", "320000", "EQUIP", 13m, 2, true, true, 4000m, 8000m),
        new("430702", "智能家电生产基地", "广东美达智能家电有限公司", "440000", "ELEC", 8m, 3, true, false, 0m, 5000m),
        new("430702", "烟草机械配套项目", "湖南常烟机械有限公司", "430000", "EQUIP", 3m, 5, true, false),
        new("430702", "医用敷料生产项目", "河南康健医疗用品有限公司", "410000", "BIO", 1.5m, 8, false, false),
        new("430703", "特种纤维材料项目", "山东鲁纤新材料有限公司", "370000", "MAT", 11m, 3, true, true, 5000m, 6000m),
        new("430703", "农机装备制造项目", "湖北江汉农机有限公司", "420000", "EQUIP", 4m, 6, true, false),
        new("430703", "饲料加工项目", "湖南正旺饲料有限公司", "430000", "FOOD", 1.2m, 9, false, false),
        new("CDETDZ", "动力电池电芯制造基地", "日本东和电池株式会社", "JP", "ENERGY", 80m, 3, true, false, 6000m, 8000m),
        new("CDETDZ", "汽车线束生产项目", "江苏苏瑞汽车电子有限公司", "320000", "NEV", 15m, 4, true, true, 2000m, 6000m),
        new("CDETDZ", "工业机器人减速器项目", "浙江精传科技有限公司", "330000", "EQUIP", 5m, 6, false, false),
        new("CDHTZ", "体外诊断试剂生产项目", "北京瑞康生物技术有限公司", "110000", "BIO", 9m, 4, true, true, 2500m, 4000m),
        new("CDHTZ", "中药配方颗粒项目", "广东本草药业有限公司", "440000", "BIO", 3m, 7, false, false),
        new("430722", "稻虾加工冷链项目", "湖北虾乡食品有限公司", "420000", "FOOD", 2m, 5, true, false),
        new("430722", "米粉生产线项目", "湖南米香食品有限公司", "430000", "FOOD", 0.8m, 8, false, false),
        new("430723", "棉纺织技改项目", "山东鲁棉纺织有限公司", "370000", "TEXTILE", 2.4m, 6, false, false),
    ];

    /// <summary>A made-up credit code's first 17 characters for the <paramref name="n"/>th current-year demo investor (its organisation code checked).</summary>
    private static string YearCreditStem(string region, int n)
    {
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MA7Y{n:D4}");
        return "91" + region + body + (CreditCode.OrganisationCheckCharacter(body) ?? throw new InvalidOperationException($"Bad demo organisation code {body}."));
    }

    /// <summary>The approval date of a current-year demo project: the first weekday from the 10th of its month.</summary>
    internal static DateOnly YearApproval(int year, int month)
    {
        var day = new DateOnly(year, month, 10);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static readonly Demo[] Filings =
    [
        new("430702", "智能装备产业园(一期)", "湖南中联智能装备有限公司", "91430100MA4L0A2B3", "430000", "EQUIP", ProjectCategory.Industrial, ProjectStage.Signed, 15m, "建设智能装备生产基地及研发中心", Scenario.Approved, 1, 1),
        new("430702", "新能源电池材料项目", "深圳市新锐能源科技有限公司", "91440300MA5F1C2D7", "440000", "ENERGY", ProjectCategory.Industrial, ProjectStage.Started, 62m, "年产 5 万吨正极材料生产线", Scenario.Objected, 1, 2),
        new("430703", "冷链物流园", "上海冷运供应链管理有限公司", "91310000MA1K2E3F8", "310000", "LOGI", ProjectCategory.Service, ProjectStage.Signed, 3.2m, "建设冷库及分拨中心", Scenario.Approved, 1, 3),
        new("CDETDZ", "半导体封装测试基地", "新加坡华芯半导体私人有限公司", null, "SG", "ELEC", ProjectCategory.Industrial, ProjectStage.Negotiating, 120m, "建设先进封装测试产线", Scenario.Approved, 1, 4),
        new("430722", "绿色食品精深加工项目", "湖北楚味食品股份有限公司", "91420100MA4K3G4H7", "420000", "FOOD", ProjectCategory.Agriculture, ProjectStage.Completed, 0.8m, "建设稻米精深加工生产线", Scenario.Approved, 2, 2),
        new("CDHTZ", "生物医药产业园", "北京康泰医药集团有限公司", "91110000MA0L4J5K5", "110000", "BIO", ProjectCategory.Industrial, ProjectStage.Signed, 28m, "建设原料药及制剂生产基地", Scenario.Approved, 2, 4),
        new("430723", "纺织服装智能制造项目", "浙江锦华纺织有限公司", "91330000MA2M5L6M3", "330000", "TEXTILE", ProjectCategory.Industrial, ProjectStage.InProduction, 4.5m, "建设智能化纺纱及服装生产线", Scenario.Approved, 3, 1),
        new("430725", "桃花源文旅综合体", "广州南粤文旅投资有限公司", "91440100MA5N6P7Q5", "440000", "TOUR", ProjectCategory.Service, ProjectStage.Started, 18m, "建设文旅街区、酒店及演艺中心", Scenario.Revoked, 3, 3),
        new("CDETDZ", "新能源汽车零部件基地", "德国博腾汽车零部件有限公司", null, "DE", "NEV", ProjectCategory.Industrial, ProjectStage.Signed, 55m, "建设电驱动系统及零部件生产基地", Scenario.Approved, 4, 2),
        new("430702", "数字经济产业大厦", "杭州云数科技有限公司", "91330100MA2P7R8T3", "330000", "DIGITAL", ProjectCategory.Service, ProjectStage.Completed, 6m, "建设数字经济企业孵化载体", Scenario.Approved, 5, 5),
        new("430703", "新材料产业园", "江苏恒创新材料有限公司", "91320000MA1Q8T9U8", "320000", "MAT", ProjectCategory.Industrial, ProjectStage.Signed, 12m, "建设高性能复合材料生产线", Scenario.Approved, 6, 3),
        new("430702", "高端数控机床项目", "湖南精工机床有限公司", "91430100MA4R9W1W3", "430000", "EQUIP", ProjectCategory.Industrial, ProjectStage.Signed, 2.6m, "建设数控机床整机及核心部件生产线", Scenario.DueLater),
        new("430703", "锂电池回收利用项目", "广东循环再生科技有限公司", "91440000MA5T1X2Y9", "440000", "ENERGY", ProjectCategory.Industrial, ProjectStage.Negotiating, 9m, "建设废旧动力电池回收及梯次利用基地", Scenario.DueToday),
        new("CDHTZ", "医疗器械产业园", "上海联影创新医疗有限公司", "91310000MA1T2A3B2", "310000", "BIO", ProjectCategory.Industrial, ProjectStage.Signed, 7.5m, "建设医学影像设备生产基地", Scenario.Overdue),
        new("430702", "农产品电商物流中心", "湖南湘品供应链有限公司", "91430100MA4U3C4D2", "430000", "LOGI", ProjectCategory.Service, ProjectStage.Negotiating, 1.2m, "建设农产品分拣仓储及电商直播基地", Scenario.Returned),
        new("430702", "光伏组件生产项目", "江西晶科光能有限公司", "91360000MA3W4E5F6", "360000", "ENERGY", ProjectCategory.Industrial, ProjectStage.Negotiating, 20m, "建设高效光伏组件生产线", Scenario.Draft),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Filings.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => (u.Id, u.Name), ct);
        var chains = await db.IndustryChains.ToDictionaryAsync(c => c.Code, c => (c.Id, c.Name), ct);
        var regions = await db.SourceRegions.ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct);
        var people = await db.Users.Where(u => u.UserName == "filer" || u.UserName == "filer2" || u.UserName == "reviewer")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        var reviewer = new FilingActor(people.GetValueOrDefault("reviewer"), "reviewer");
        FilingActor FilerOf(string unit) => unit switch
        {
            "430702" => new(people.GetValueOrDefault("filer"), "filer"),
            "430703" => new(people.GetValueOrDefault("filer2"), "filer2"),
            _ => new(null, "演示数据"),
        };

        var calendar = await calendars.GetAsync(ct);
        var today = ChinaTime.DateOf(now);
        var thisMonday = PublicationWeek.MondayOf(today);
        var filings = new List<(Demo Demo, Filing Filing)>();
        var phone = 0;
        var yearDemos = YearProjects.Select((y, i) => new Demo(
                y.Unit, y.Project, y.Investor, y.Region.Length == 6 ? YearCreditStem(y.Region, i + 1) : null,
                y.Region, y.Chain, ProjectCategory.Industrial, ProjectStage.Negotiating, y.SignedYi, "【演示数据】季调度演示项目", Scenario.Approved, Month: y.Month))
            .Where(d => YearApproval(today.Year, d.Month) < today.AddDays(-1));
        foreach (var demo in Filings.Concat(yearDemos))
        {
            var filer = FilerOf(demo.Unit);
            var data = new FilingDetails(
                demo.Project, demo.Investor, demo.CreditCodeStem is { } stem ? stem + (CreditCode.CheckCharacter(stem) ?? throw new InvalidOperationException($"Bad demo credit code {stem}.")) : null,
                demo.Region, chains[demo.Chain].Id, demo.Category, demo.Stage, demo.TotalYi * Money.HundredMillion, demo.TotalYi * Money.HundredMillion * 0.8m,
                demo.Content, null, null, null, "王经理", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1390736{++phone:D4}"));

            // Approvals fall on the given weekday of the given week; the rest happen in the last days.
            var decided = demo.Month > 0 ? At(YearApproval(today.Year, demo.Month), 15)
                : demo.WeeksAgo > 0 ? At(thisMonday.AddDays((-7 * demo.WeeksAgo) + demo.Day - 1), 15) : now;
            var submittedAt = demo.Scenario switch
            {
                Scenario.DueLater => now.AddHours(-2),
                Scenario.DueToday => SubmittedForDueToday(calendar, today, now),
                Scenario.Overdue => At(WorkingDaysBefore(calendar, today, 5), 10),
                Scenario.Returned => At(WorkingDaysBefore(calendar, today, 2), 10),
                _ => decided.AddDays(-1),
            };
            var filing = Filing.CreateDraft(units[demo.Unit].Id, data, filer, submittedAt.AddHours(-3));
            if (demo.Scenario != Scenario.Draft)
            {
                var due = ReviewDeadline.For(submittedAt, calendar);
                filing.Submit(submittedAt, due, filer);
            }

            switch (demo.Scenario)
            {
                case Scenario.Returned:
                    filing.Return(reviewer, submittedAt.AddDays(1), "计划总投资与投资协议金额不一致,请核对后补充协议扫描件。");
                    break;
                case Scenario.Approved or Scenario.Objected or Scenario.Revoked:
                    filing.Approve(reviewer, decided);
                    break;
            }

            filings.Add((demo, filing));
        }

        db.Filings.AddRange(filings.Select(f => f.Filing));

        // The weekly publications of the approvals, each published on the Monday after its week at 09:00 (the job's time).
        var weeks = filings.Where(f => f.Filing.Status == FilingStatus.Approved).GroupBy(f => PublicationWeek.Containing(f.Filing.DecidedAt!.Value)).OrderBy(g => g.Key);
        var numbers = new Dictionary<int, int>();
        var publications = new List<Publication>();
        foreach (var week in weeks)
        {
            var publishedAt = At(week.Key.AddDays(7), 9);
            if (publishedAt > now)
            {
                publishedAt = now;
            }

            var number = numbers[week.Key.Year] = numbers.GetValueOrDefault(week.Key.Year) + 1;
            var entries = week.OrderBy(f => f.Filing.DecidedAt).Select(f => new PublicationEntryData(
                f.Filing.Id, f.Filing.DecidedAt!.Value, f.Filing.ProjectName!, f.Filing.InvestorName!, units[f.Demo.Unit].Name, chains[f.Demo.Chain].Name,
                regions.GetValueOrDefault(f.Demo.Region), f.Filing.PlannedTotalInvestment!.Value, f.Filing.Stage!.Value)).ToList();
            var endsOn = calendar.AddWorkingDays(ChinaTime.DateOf(publishedAt), publicationOptions.PublicityWorkingDays);
            publications.Add(Publication.Publish(week.Key, number, entries, publishedAt, publicationOptions.PublicityWorkingDays, endsOn, null));
        }

        db.Publications.AddRange(publications);

        // A revocation after publishing, and an objection to last week's list while it is open.
        foreach (var (demo, filing) in filings)
        {
            if (demo.Scenario == Scenario.Revoked)
            {
                filing.Revoke(reviewer, filing.DecidedAt!.Value.AddDays(9), "投资方未按协议注册项目公司,经核实撤销备案。");
            }
            else if (demo.Scenario == Scenario.Objected)
            {
                var publication = publications.Single(p => p.Entries.Any(e => e.FilingId == filing.Id));
                var entry = publication.Entries.Single(e => e.FilingId == filing.Id);
                var at = now > publication.PublishedAt.AddHours(2) ? publication.PublishedAt.AddHours(2) : now;
                if (publication.IsInPublicity(at))
                {
                    db.Objections.Add(Objection.Lodge(
                        publication,
                        entry,
                        filing,
                        new ObjectionData("刘先生", "13807361234", "该项目计划总投资 62 亿元与投资方公开披露的 30 亿元不符,建议核实投资规模。"),
                        null,
                        ReceiptCode.HashOf(DemoReceiptCode)!,
                        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("objection-client:demo"))),
                        at));
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => ChinaTime.At(day, new TimeOnly(hour, 0));

    /// <summary>The latest date from which <paramref name="days"/> working days have passed by <paramref name="day"/>.</summary>
    internal static DateOnly WorkingDaysBefore(WorkingCalendar calendar, DateOnly day, int days)
    {
        var candidate = day.AddDays(-1);
        while (calendar.AddWorkingDays(candidate, days) > day)
        {
            candidate = candidate.AddDays(-1);
        }

        return candidate;
    }

    /// <summary>An instant before now whose review falls due today, if there is one this week (else yesterday, overdue-free).</summary>
    internal static DateTimeOffset SubmittedForDueToday(WorkingCalendar calendar, DateOnly today, DateTimeOffset now)
    {
        for (var candidate = today.AddDays(-1); candidate >= today.AddDays(-10); candidate = candidate.AddDays(-1))
        {
            if (ReviewDeadline.DueOn(candidate, calendar) == today)
            {
                return At(candidate, 16);
            }
        }

        return now.AddHours(-1);
    }
}
