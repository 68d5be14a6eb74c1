using InvestPromo.Domain.Common;
using InvestPromo.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// 【演示数据】 The people of the registry (issue 14 item 3): eight ambassadors appointed last year and this year (certificate
/// numbers CD-ZSDS-yyyy-nnn, some reappointed), and twenty notable natives in 北京, 深圳, 上海, 长沙 and 广州 across the demo
/// industry chains, some with listed companies and tags. Chains and the demo association are looked up at run time (missing
/// ones are left out). Only on a database without ambassadors and natives.
/// </summary>
public sealed class DemoPeople(ApplicationDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Ambassadors.IgnoreQueryFilters().AnyAsync(ct) || await db.NotableNatives.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var year = ChinaTime.DateOf(now).Year;
        var chains = await db.IndustryChains.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal, ct);
        Guid? Chain(string code) => chains.TryGetValue(code, out var id) ? id : null;
        var association = await db.Associations.AsNoTracking().Where(a => a.Name == DemoData.DemoAssociation).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);

        (string Name, string Organisation, string Title, string City, string Chain, bool Member, string Phone)[] ambassadors =
        [
            ("陈志远", "深圳远航新能源科技有限公司", "董事长", "440300", "ENERGY", false, "13800000001"),
            ("刘晓梅", "北京华智数字科技有限公司", "总经理", "110000", "DIGITAL", true, "13800000002"),
            ("王建国", "上海申德装备集团", "副总裁", "310000", "EQUIP", false, "13800000003"),
            ("李海燕", "广州穗湘食品有限公司", "董事长", "440100", "FOOD", false, "13800000004"),
            ("周振华", "长沙麓谷生物医药有限公司", "总经理", "430100", "BIO", false, "13800000005"),
            ("赵宏伟", "北京常德商会", "常务副会长", "110000", "NEV", true, "13800000006"),
            ("孙丽娟", "深圳新材联创股份有限公司", "董事", "440300", "MAT", false, "13800000007"),
            ("黄立新", "上海湘沪物流有限公司", "总经理", "310000", "LOGI", false, "13800000008"),
        ];
        for (var i = 0; i < ambassadors.Length; i++)
        {
            var a = ambassadors[i];
            // The first five were appointed last year; three of them are reappointed this year, the others appointed this year.
            var appointedYear = i < 5 ? year - 1 : year;
            var details = new AmbassadorDetails(a.Phone, $"demo{i + 1}@example.com", a.Organisation, a.Title, a.City, Chain(a.Chain), a.Member ? association : null,
                new DateOnly(appointedYear, 3, 18), "【演示数据】");
            var ambassador = Ambassador.Appoint(appointedYear, a.Name, $"CD-ZSDS-{appointedYear}-{i + 1:000}", details, null, now);
            db.Ambassadors.Add(ambassador);
            if (i < 3)
            {
                db.Ambassadors.Add(ambassador.Reappoint($"CD-ZSDS-{year}-{i + 101:000}", new DateOnly(year, 3, 18), null, now));
            }
        }

        (string Name, string County, string Company, string Position, string City, string Chain, bool Listed, string Tags)[] natives =
        [
            ("罗建华", "武陵区", "北京京湘科技股份有限公司", "董事长", "110000", "DIGITAL", true, "上市公司、返乡意向"),
            ("谭美玲", "鼎城区", "北京智造装备有限公司", "总经理", "110000", "EQUIP", false, "装备"),
            ("邓志强", "汉寿县", "北京绿源食品集团", "董事长", "110000", "FOOD", false, "食品、商会理事"),
            ("胡永平", "澧县", "北京中湘医药有限公司", "副总经理", "110000", "BIO", false, "医药"),
            ("曾国梁", "桃源县", "深圳比克新能源股份有限公司", "董事长", "440300", "ENERGY", true, "上市公司、储能"),
            ("彭小兰", "石门县", "深圳华芯电子有限公司", "总经理", "440300", "ELEC", false, "芯片、返乡意向"),
            ("袁德胜", "临澧县", "深圳湘商新能源汽车部件有限公司", "董事长", "440300", "NEV", false, "汽车零部件"),
            ("蒋文杰", "安乡县", "深圳前海数字经济研究院", "院长", "440300", "DIGITAL", false, "数字经济、智库"),
            ("唐红梅", "津市市", "上海申湘新材料股份有限公司", "董事长", "310000", "MAT", true, "上市公司、新材料"),
            ("许国华", "武陵区", "上海东方物流集团", "副总裁", "310000", "LOGI", false, "物流"),
            ("冯建平", "鼎城区", "上海华湘生物科技有限公司", "总经理", "310000", "BIO", false, "生物医药、返乡意向"),
            ("沈志刚", "汉寿县", "上海湘纺服饰有限公司", "董事长", "310000", "TEXTILE", false, "纺织"),
            ("杨光明", "桃源县", "长沙远大智能装备股份有限公司", "董事长", "430100", "EQUIP", true, "上市公司、装备"),
            ("谢丽华", "澧县", "长沙湘江新能源有限公司", "总经理", "430100", "ENERGY", false, "新能源"),
            ("郭志明", "石门县", "长沙麓谷信息技术有限公司", "董事长", "430100", "ELEC", false, "软件、返乡意向"),
            ("何春燕", "临澧县", "长沙文旅发展集团", "副总经理", "430100", "TOUR", false, "文旅"),
            ("马立新", "安乡县", "广州湘粤食品股份有限公司", "董事长", "440100", "FOOD", true, "上市公司、食品"),
            ("林志华", "津市市", "广州南沙物流有限公司", "总经理", "440100", "LOGI", false, "物流、港口"),
            ("高建军", "武陵区", "广州汽车零部件制造有限公司", "董事长", "440100", "NEV", false, "汽车零部件"),
            ("郑雅琴", "鼎城区", "广州湘妹子服饰有限公司", "总经理", "440100", "TEXTILE", false, "服装、电商"),
        ];
        for (var i = 0; i < natives.Length; i++)
        {
            var n = natives[i];
            var details = new NotableNativeDetails(n.County, n.Company, n.Position, Chain(n.Chain), n.City, n.City == "110000" && i % 2 == 0 ? association : null,
                n.Listed, [.. n.Tags.Split('、'), "演示数据"], $"1390000{i + 1:0000}", null);
            db.NotableNatives.Add(NotableNative.Create(n.Name, details, null, now));
        }

        await db.SaveChangesAsync(ct);
    }
}
