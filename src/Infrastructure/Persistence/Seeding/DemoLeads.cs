using InvestPromo.Domain.Leads;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo project leads (招商线索) in every state, seeded after <see cref="DemoProjects"/>: recorded; under assessment with one answered
/// and one open opinion request to 北京常德商会; assigned to 武陵区 (430702); merged; shelved — with sources of each kind (an
/// association, an ambassador, a unit, the center). Other areas' records (associations, ambassadors) are looked up at run time; when
/// absent the lead falls back to 北京常德商会 or the center. Only on a database without leads. 【演示数据】
/// </summary>
public sealed class DemoLeads(ApplicationDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Leads.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var people = await db.Users.Where(u => u.UserName == "filer" || u.UserName == "reviewer" || u.UserName == "association")
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.UnitId), StringComparer.Ordinal, ct);
        (Guid? Id, string Name) Person(string userName) => people.TryGetValue(userName, out var p) ? (p.Id, userName) : (null, "演示数据");
        var reviewer = Person("reviewer");
        var filer = Person("filer");
        var associationUser = Person("association");

        var demoAssociation = await db.Associations.FirstOrDefaultAsync(a => a.Name == DemoData.DemoAssociation, ct);
        var otherAssociation = await db.Associations
            .Where(a => a.Name != DemoData.DemoAssociation && a.Status != Domain.Associations.AssociationStatus.Dissolved)
            .OrderBy(a => a.Name).FirstOrDefaultAsync(ct) ?? demoAssociation;
        var ambassador = await db.Ambassadors.OrderByDescending(a => a.Year).ThenBy(a => a.Name).FirstOrDefaultAsync(ct);
        var wuling = await db.Units.FirstOrDefaultAsync(u => u.Code == "430702", ct);
        var chains = await db.IndustryChains.ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal, ct);
        Guid? Chain(string code) => chains.TryGetValue(code, out var id) ? id : null;

        var centerRecorder = new LeadRecorder(reviewer.Id, reviewer.Name, null, null);
        Lead New(string company, string chain, decimal? yuan, string region, string known, LeadSourceKind kind, Guid? sourceId, LeadRecorder recorder, int daysAgo)
        {
            if (kind != LeadSourceKind.Center && sourceId is null)
            {
                (kind, sourceId) = (LeadSourceKind.Center, null);
            }

            var lead = Lead.Record(company, Chain(chain), yuan, region, "【演示数据】" + known, kind, sourceId, recorder, now.AddDays(-daysAgo));
            db.Leads.Add(lead);
            return lead;
        }

        // 待研判: recorded by the association itself.
        New("北京华芯半导体有限公司", "ELEC", 300_000_000m, "110000", "拟在湘西北布局封装测试基地，正在比选常德、岳阳。",
            LeadSourceKind.Association, demoAssociation?.Id,
            new LeadRecorder(associationUser.Id, associationUser.Name, null, demoAssociation?.Id), 3);

        // 研判中: one answered and one open request to 北京常德商会 (the answered one only when the association exists).
        var assessed = New("深圳远航新材料股份有限公司", "MAT", 150_000_000m, "440300", "董事长为常德籍，有意在家乡设立华中区域总部。",
            LeadSourceKind.Ambassador, ambassador?.Id, centerRecorder, 10);
        if (demoAssociation is not null)
        {
            var answered = assessed.RequestOpinion(demoAssociation, "请商会了解该企业的经营状况与投资意向的真实性。", reviewer.Id, reviewer.Name, now.AddDays(-9));
            answered.Give("经了解，该企业经营稳健，去年营收约 20 亿元，投资意向真实。", associationUser.Id, associationUser.Name, now.AddDays(-7));
            var open = assessed.RequestOpinion(demoAssociation, "请商会协助联系企业负责人，确认来常考察时间。", reviewer.Id, reviewer.Name, now.AddDays(-2));
            db.LeadOpinionRequests.AddRange(answered, open);
        }

        // 交办: assigned to 武陵区; recorded by the center, source a unit.
        var assigned = New("长沙智造装备有限公司", "EQUIP", 80_000_000m, "430100", "计划建设智能装备生产线，用地约 100 亩。",
            wuling is null ? LeadSourceKind.Center : LeadSourceKind.Unit, wuling?.Id, centerRecorder, 20);
        if (wuling is not null)
        {
            assigned.AssignTo(wuling.Id, "请武陵区对接企业，尽快安排实地考察。", reviewer.Id, reviewer.Name, now.AddDays(-15));
        }

        // 已合并: the same company as the assigned lead, from another association.
        var duplicate = New("长沙智造装备公司", "EQUIP", null, "430100", "商会反映该企业有来常投资意向。",
            LeadSourceKind.Association, otherAssociation?.Id, centerRecorder, 18);
        duplicate.MergeInto(assigned, "与已交办线索为同一投资。", reviewer.Id, reviewer.Name, now.AddDays(-14));

        // 搁置: from a filer's unit.
        var shelved = New("上海迅达物流有限公司", "LOGI", 50_000_000m, "310000", "意向建设区域分拨中心。",
            LeadSourceKind.Unit, people.TryGetValue("filer", out var f) ? f.UnitId : null,
            new LeadRecorder(filer.Id, filer.Name, people.TryGetValue("filer", out var f2) ? f2.UnitId : null, null), 30);
        shelved.Shelve("企业近期暂停扩张计划，待明年再跟进。", reviewer.Id, reviewer.Name, now.AddDays(-25));

        // 待研判 from the center.
        New("杭州云启数字科技有限公司", "DIGITAL", 20_000_000m, "330100", "在杭州常德籍企业家座谈会上了解到的意向。",
            LeadSourceKind.Center, null, centerRecorder, 1);

        await db.SaveChangesAsync(ct);
    }
}
