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
        int Day = 1);

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
        foreach (var demo in Filings)
        {
            var filer = FilerOf(demo.Unit);
            var data = new FilingDetails(
                demo.Project, demo.Investor, demo.CreditCodeStem is { } stem ? stem + (CreditCode.CheckCharacter(stem) ?? throw new InvalidOperationException($"Bad demo credit code {stem}.")) : null,
                demo.Region, chains[demo.Chain].Id, demo.Category, demo.Stage, demo.TotalYi * Money.HundredMillion, demo.TotalYi * Money.HundredMillion * 0.8m,
                demo.Content, null, null, null, "王经理", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1390736{++phone:D4}"));

            // Approvals fall on the given weekday of the given week; the rest happen in the last days.
            var decided = demo.WeeksAgo > 0 ? At(thisMonday.AddDays((-7 * demo.WeeksAgo) + demo.Day - 1), 15) : now;
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
