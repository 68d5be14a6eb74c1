using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.PromotionEvents;
using InvestPromo.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo promotion events (招商活动) of every kind and state, seeded after <see cref="DemoLeads"/>: recorded by the center and by
/// 武陵区 (confirmed), proposed by 北京常德商会 (one waiting, one confirmed, one rejected), with the demo associations in each role,
/// invited companies, a lead and a signed project where they exist; and publicity items (宣传报道) crediting the associations.
/// Other areas' records are looked up at run time and left out when absent. Only on a database without events. 【演示数据】
/// </summary>
public sealed class DemoEvents(ApplicationDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.PromotionEvents.IgnoreQueryFilters().AnyAsync(ct) || await db.PublicityItems.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = Domain.Common.ChinaTime.DateOf(now);
        var people = await db.Users.Where(u => u.UserName == "filer" || u.UserName == "reviewer" || u.UserName == "association")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        (Guid? Id, string Name) Person(string userName) => people.TryGetValue(userName, out var id) ? (id, userName) : (null, "演示数据");
        var reviewer = Person("reviewer");
        var filer = Person("filer");
        var associationUser = Person("association");

        var associations = await db.Associations.Where(a => a.Status != AssociationStatus.Dissolved).OrderBy(a => a.Name).Take(6).ToListAsync(ct);
        var demo = associations.Find(a => a.Name == DemoData.DemoAssociation) ?? associations.FirstOrDefault();
        var others = associations.Where(a => a.Id != demo?.Id).ToList();
        Guid? Other(int i) => others.Count > i ? others[i].Id : null;
        var wuling = await db.Units.FirstOrDefaultAsync(u => u.Code == "430702", ct);
        var lead = await db.Leads.OrderBy(l => l.CreatedAt).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        var filing = await db.Filings.Where(f => f.Status == FilingStatus.Approved && (wuling == null || f.UnitId == wuling.Id))
            .OrderBy(f => f.CreatedAt).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);

        IReadOnlyList<(Guid, EventAssociationRole)> With(params (Guid? Id, EventAssociationRole Role)[] roles) =>
            [.. roles.Where(r => r.Id is not null).Select(r => (r.Id!.Value, r.Role)).DistinctBy(r => r.Item1)];
        PromotionEventDetails Details(
            PromotionEventKind kind, string title, int startDaysAgo, int days, string place, Guid? unit, IReadOnlyList<(Guid, EventAssociationRole)> roles,
            int invited, string[] companies, bool withLinks, string summary) =>
            new(kind, title, today.AddDays(-startDaysAgo), today.AddDays(-startDaysAgo + days - 1), place, unit, roles, invited, companies,
                withLinks && lead is { } l ? [l] : [], withLinks && filing is { } f ? [f] : [], "【演示数据】" + summary);

        var events = new List<PromotionEvent>
        {
            PromotionEvent.Record(
                Details(PromotionEventKind.Promotion, "常德市（北京）产业招商推介会", 60, 1, "北京市朝阳区国际会议中心", null,
                    With((demo?.Id, EventAssociationRole.Host), (Other(0), EventAssociationRole.CoHost), (Other(1), EventAssociationRole.Participant)),
                    85, ["北京华芯半导体有限公司", "中关村智能装备有限公司", "京津冀新材料集团"], withLinks: true,
                    "推介常德市重点产业链与招商政策，现场签约项目 1 个。"),
                reviewer.Id, reviewer.Name, null, now.AddDays(-58)),
            PromotionEvent.Record(
                Details(PromotionEventKind.Negotiation, "武陵区装备制造项目洽谈会", 40, 1, "武陵区政府会议室", wuling?.Id,
                    With((demo?.Id, EventAssociationRole.Participant)), 12, [], withLinks: false, "与 12 家装备制造企业一对一洽谈。"),
                filer.Id, filer.Name, wuling?.Id, now.AddDays(-39)),
            PromotionEvent.Record(
                Details(PromotionEventKind.InvestmentTrip, "赴深圳、东莞外出招商考察", 30, 3, "深圳市、东莞市", null,
                    With((Other(0), EventAssociationRole.Host)), 20, ["深圳远航新材料股份有限公司"], withLinks: false, "走访企业 20 家，对接在外常德籍企业家。"),
                reviewer.Id, reviewer.Name, null, now.AddDays(-26)),
        };
        if (demo is not null)
        {
            var waiting = PromotionEvent.Propose(
                Details(PromotionEventKind.NativesConference, "2026 年北京常德籍德商大会", 10, 2, "北京市西城区常德大厦", null,
                    With((demo.Id, EventAssociationRole.Host), (Other(1), EventAssociationRole.CoHost)), 150, [], withLinks: false, "在京常德籍企业家共叙乡情、共商发展。"),
                demo.Id, associationUser.Id, associationUser.Name, now.AddDays(-8));
            var confirmed = PromotionEvent.Propose(
                Details(PromotionEventKind.Symposium, "在京常德籍企业家座谈会", 90, 1, "北京常德商会会议室", null,
                    With((demo.Id, EventAssociationRole.Host)), 25, ["北京华芯半导体有限公司"], withLinks: false, "座谈返乡投资意向与营商环境建议。"),
                demo.Id, associationUser.Id, associationUser.Name, now.AddDays(-88));
            confirmed.Confirm(reviewer.Id, reviewer.Name, now.AddDays(-85));
            confirmed.ClearDomainEvents();
            var rejected = PromotionEvent.Propose(
                Details(PromotionEventKind.Symposium, "商会会员联谊茶话会", 70, 1, "北京市东城区", null,
                    With((demo.Id, EventAssociationRole.Host)), 0, [], withLinks: false, "会员内部联谊。"),
                demo.Id, associationUser.Id, associationUser.Name, now.AddDays(-68));
            rejected.Reject("【演示数据】会员内部联谊活动不属于招商活动，不予确认。", reviewer.Id, reviewer.Name, now.AddDays(-66));
            rejected.ClearDomainEvents();
            events.AddRange([waiting, confirmed, rejected]);
        }

        db.PromotionEvents.AddRange(events);

        foreach (var (association, i) in associations.Take(3).Select((a, i) => (a, i)))
        {
            db.PublicityItems.Add(PublicityItem.Record("常德日报", today.AddDays(-50 + (i * 7)), $"【演示数据】{association.Name}助力家乡招商引资",
                "https://example.com/news/demo-" + (i + 1), association.Id, reviewer.Id, now.AddDays(-50 + (i * 7))));
        }

        if (demo is not null)
        {
            db.PublicityItems.Add(PublicityItem.Record("湖南日报", today.AddDays(-55), "【演示数据】常德市（北京）产业招商推介会成功举办",
                "https://example.com/news/demo-promotion", demo.Id, reviewer.Id, now.AddDays(-55)));
        }

        await db.SaveChangesAsync(ct);
    }
}
