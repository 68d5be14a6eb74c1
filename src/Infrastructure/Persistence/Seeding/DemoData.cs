using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Organisation;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo city (常德市, Hunan): the center, five counties/districts, three parks, an industry-chain taxonomy
/// and one user per role. Only for demonstration and tests; never seeded unless Seed:Demo is on.
/// </summary>
public static class DemoData
{
    public static IReadOnlyList<(string Code, string Name, UnitKind Kind)> Units { get; } =
    [
        ("CENTER", "常德市投资促进中心", UnitKind.Center),
        ("430702", "武陵区", UnitKind.County),
        ("430703", "鼎城区", UnitKind.County),
        ("430722", "汉寿县", UnitKind.County),
        ("430723", "澧县", UnitKind.County),
        ("430725", "桃源县", UnitKind.County),
        ("CDETDZ", "常德经济技术开发区", UnitKind.Park),
        ("CDHTZ", "常德高新技术产业开发区", UnitKind.Park),
        ("LYHTR", "柳叶湖旅游度假区", UnitKind.Park),
    ];

    public static IReadOnlyList<(string Code, string Name, string NameEn, string Group)> IndustryChains { get; } =
    [
        ("EQUIP", "高端装备制造", "High-end equipment", "先进制造业集群"),
        ("NEV", "新能源汽车及零部件", "New-energy vehicles and parts", "先进制造业集群"),
        ("MAT", "新材料", "New materials", "先进制造业集群"),
        ("ELEC", "电子信息", "Electronic information", "战略性新兴产业集群"),
        ("BIO", "生物医药", "Biomedicine", "战略性新兴产业集群"),
        ("ENERGY", "新能源与储能", "New energy and storage", "战略性新兴产业集群"),
        ("FOOD", "绿色食品加工", "Green food processing", "特色优势产业集群"),
        ("TEXTILE", "纺织服装", "Textiles and apparel", "特色优势产业集群"),
        ("DIGITAL", "数字经济", "Digital economy", "现代服务业集群"),
        ("LOGI", "现代物流", "Modern logistics", "现代服务业集群"),
        ("TOUR", "文化旅游", "Culture and tourism", "现代服务业集群"),
    ];

    /// <summary>The association the demo's <c>association</c> login belongs to (a 异地商会).</summary>
    public const string DemoAssociation = "北京常德商会";

    /// <summary>Demo logins. The passwords are public on purpose: demo data must never reach production.</summary>
    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("admin", "系统管理员", Roles.Admin, "CENTER", "Admin#2026-Demo"),
        new("reviewer", "李审核", Roles.Reviewer, "CENTER", "Reviewer#2026-Demo"),
        new("filer", "张填报(武陵区)", Roles.Filer, "430702", "Filer#2026-Demo"),
        new("filer2", "陈填报(鼎城区)", Roles.Filer, "430703", "Filer#2026-Demo"),
        new("leader", "王市长", Roles.Leader, null, "Leader#2026-Demo"),
        new("association", "北京常德商会联络员", Roles.Association, null, "Assoc#2026-Demo", DemoAssociation),
    ];
}

public sealed record DemoUser(string UserName, string DisplayName, string Role, string? UnitCode, string Password, string? AssociationName = null);
