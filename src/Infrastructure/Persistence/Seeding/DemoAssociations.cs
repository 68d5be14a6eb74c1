using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo association registry (issue 14 item 1): associations of every kind — 北京常德商会 (the demo login's, filled in),
/// chambers in 深圳, 上海 (a 筹备组) and 广州 (dissolved), other regions' chambers in the city, an industry association, a park
/// chamber, an alumni association and an overseas one — with officers and their contacts, 四好商会 ratings, liaison offices in
/// other cities and member companies with industry chains. Only on a database with no association member, office or rating yet.
/// Contacts are 【演示数据】 (invented).
/// </summary>
public sealed class DemoAssociations(ApplicationDbContext db, TimeProvider clock)
{
    private sealed record Seed(
        string Name, AssociationKind Kind, AssociationStatus Status, string Region, int FoundedYear, int Members, string? Liaison,
        string President, string Secretary, (AssociationRatingLevel Level, int Year)[] Ratings, (string Name, string City, string Contact)[] Offices,
        (string Company, bool Domestic, int Chain, string Position)[] MemberCompanies);

    private static readonly Seed[] Seeds =
    [
        new(DemoData.DemoAssociation, AssociationKind.HometownChamberElsewhere, AssociationStatus.Established, "110000", 2009, 326, "副市长 李明",
            "周建华", "陈晓燕",
            [(AssociationRatingLevel.Provincial, 2022), (AssociationRatingLevel.National, 2023), (AssociationRatingLevel.Municipal, 2024)],
            [("常德市招商联络处（北京）", "110000", "刘洋"), ("北京常德商会天津联络站", "120000", "王磊")],
            [("北京德瑞智能装备有限公司", true, 0, "会长单位"), ("北京湘沅新材料科技有限公司", true, 1, "副会长单位"), ("北京桃花源文旅发展有限公司", true, 2, "理事单位")]),
        new("深圳常德商会", AssociationKind.HometownChamberElsewhere, AssociationStatus.Established, "440300", 2012, 480, "副市长 王芳",
            "谭志刚", "罗丽",
            [(AssociationRatingLevel.Municipal, 2023), (AssociationRatingLevel.Provincial, 2024)],
            [("常德市招商联络处（深圳）", "440300", "黄海"), ("深圳常德商会东莞联络站", "441900", "彭飞")],
            [("深圳德新电子科技有限公司", true, 1, "会长单位"), ("深圳沅澧储能技术有限公司", true, 0, "副会长单位")]),
        new("上海常德商会", AssociationKind.HometownChamberElsewhere, AssociationStatus.Preparatory, "310000", 2025, 45, null,
            "杨帆", "何静", [], [("常德市招商联络站（上海）", "310000", "曾涛")],
            [("上海湘德生物医药有限公司", true, 2, "会员单位")]),
        new("广州常德商会", AssociationKind.HometownChamberElsewhere, AssociationStatus.Dissolved, "440100", 2010, 0, null,
            "孙强", "李娟", [(AssociationRatingLevel.Municipal, 2019)], [], []),
        new("常德市江西商会", AssociationKind.LocalChamberOfOtherRegion, AssociationStatus.Established, "360000", 2008, 210, "副市长 李明",
            "邹国平", "熊敏", [(AssociationRatingLevel.Municipal, 2022)], [],
            [("常德赣湘建材有限公司", true, 0, "会长单位")]),
        new("常德市浙江商会", AssociationKind.LocalChamberOfOtherRegion, AssociationStatus.Established, "330000", 2006, 380, "常务副市长 赵刚",
            "金伟", "吴婷", [(AssociationRatingLevel.Provincial, 2023)], [("常德市浙江商会杭州联络处", "330100", "徐亮")],
            [("常德浙商智造有限公司", true, 1, "会长单位"), ("常德甬湘物流有限公司", true, 2, "理事单位")]),
        new("常德市装备制造行业协会", AssociationKind.IndustryAssociation, AssociationStatus.Established, "430700", 2015, 96, null,
            "邓建国", "贺琳", [], [],
            [("常德中联装备配套有限公司", true, 0, "会长单位")]),
        new("常德经开区企业商会", AssociationKind.TownshipOrParkChamber, AssociationStatus.Established, "430700", 2018, 150, null,
            "胡斌", "龚雪", [(AssociationRatingLevel.Municipal, 2024)], [],
            [("常德经开区烟机配套有限公司", true, 1, "副会长单位")]),
        new("湖南文理学院深圳校友会", AssociationKind.AlumniAssociation, AssociationStatus.Established, "440300", 2016, 520, null,
            "唐俊", "袁芳", [], [("湖南文理学院校友联络站（深圳）", "440300", "易凡")],
            [("深圳文理校友创投有限公司", true, 2, "理事单位")]),
        new("新加坡常德同乡会", AssociationKind.OverseasAssociation, AssociationStatus.Established, "SG", 2011, 88, "副市长 王芳",
            "Tan Wei Ming（陈伟明）", "Lim Hui（林慧）", [], [("新加坡常德同乡会联络处", "SG", "Lee Kai")],
            [("Sino-Lake Holdings Pte. Ltd.", false, 1, "会长单位")]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.AssociationMembers.IgnoreQueryFilters().AnyAsync(ct) || await db.AssociationOffices.IgnoreQueryFilters().AnyAsync(ct)
            || await db.AssociationRatings.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var regions = (await db.SourceRegions.Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var chains = await db.IndustryChains.OrderBy(c => c.SortOrder).Select(c => c.Id).Take(3).ToListAsync(ct);
        var existing = await db.Associations.ToDictionaryAsync(a => a.Name, StringComparer.Ordinal, ct);
        var number = 0;
        foreach (var seed in Seeds)
        {
            if (!existing.TryGetValue(seed.Name, out var association))
            {
                association = Association.Create(seed.Name, seed.Kind, null, now);
                if (seed.Status != AssociationStatus.Established)
                {
                    association.StartAs(AssociationStatus.Preparatory);
                }

                db.Associations.Add(association);
            }

            association.UpdateProfile(regions.Contains(seed.Region) ? seed.Region : null, new DateOnly(seed.FoundedYear, 6, 18), seed.Members, seed.Liaison);
            association.UpdateOfficers(seed.President, "【演示数据】138 0736 " + (1000 + number).ToString(System.Globalization.CultureInfo.InvariantCulture),
                seed.Secretary, $"demo{number}@example.org");
            if (seed.Status == AssociationStatus.Dissolved && association.Status == AssociationStatus.Preparatory)
            {
                association.ChangeStatus(AssociationStatus.Dissolved);
            }

            foreach (var (level, year) in seed.Ratings)
            {
                db.AssociationRatings.Add(AssociationRating.Add(association.Id, level, year, null, [], null, now));
            }

            foreach (var (name, city, contact) in seed.Offices.Where(o => regions.Contains(o.City)))
            {
                db.AssociationOffices.Add(AssociationOffice.Open(association.Id, name, city, contact, "【演示数据】0736-7" + (100000 + number).ToString(System.Globalization.CultureInfo.InvariantCulture), null, now));
            }

            foreach (var (company, domestic, chain, position) in seed.MemberCompanies)
            {
                number++;
                var code = domestic ? DemoCreditCode(number) : null;
                var chainId = chains.Count > chain ? chains[chain] : (Guid?)null;
                db.AssociationMembers.Add(AssociationMember.Add(association.Id, company, code, chainId, position, null, now));
            }

            number++;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A well-formed 统一社会信用代码 (enterprise, 常德) built from a number: passes <see cref="CreditCode"/>'s checks.</summary>
    private static string? DemoCreditCode(int number)
    {
        var body8 = "MA4L" + (1000 + number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (CreditCode.OrganisationCheckCharacter(body8) is not { } orgCheck)
        {
            return null;
        }

        var first17 = "91430700" + body8 + orgCheck;
        return CreditCode.CheckCharacter(first17) is { } check && CreditCode.IsValid(first17 + check) ? first17 + check : null;
    }
}
