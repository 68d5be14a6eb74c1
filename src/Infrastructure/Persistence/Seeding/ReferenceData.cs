using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// Standard reference data shipped with the product: the 34 province-level divisions of China with their
/// GB/T 2260 codes, and the countries and territories investors most often come from (ISO 3166-1 alpha-2).
/// </summary>
public static class ReferenceData
{
    public static IReadOnlyList<(string Code, string Name, string NameEn)> Provinces { get; } =
    [
        ("110000", "北京市", "Beijing"), ("120000", "天津市", "Tianjin"), ("130000", "河北省", "Hebei"),
        ("140000", "山西省", "Shanxi"), ("150000", "内蒙古自治区", "Inner Mongolia"), ("210000", "辽宁省", "Liaoning"),
        ("220000", "吉林省", "Jilin"), ("230000", "黑龙江省", "Heilongjiang"), ("310000", "上海市", "Shanghai"),
        ("320000", "江苏省", "Jiangsu"), ("330000", "浙江省", "Zhejiang"), ("340000", "安徽省", "Anhui"),
        ("350000", "福建省", "Fujian"), ("360000", "江西省", "Jiangxi"), ("370000", "山东省", "Shandong"),
        ("410000", "河南省", "Henan"), ("420000", "湖北省", "Hubei"), ("430000", "湖南省", "Hunan"),
        ("440000", "广东省", "Guangdong"), ("450000", "广西壮族自治区", "Guangxi"), ("460000", "海南省", "Hainan"),
        ("500000", "重庆市", "Chongqing"), ("510000", "四川省", "Sichuan"), ("520000", "贵州省", "Guizhou"),
        ("530000", "云南省", "Yunnan"), ("540000", "西藏自治区", "Xizang"), ("610000", "陕西省", "Shaanxi"),
        ("620000", "甘肃省", "Gansu"), ("630000", "青海省", "Qinghai"), ("640000", "宁夏回族自治区", "Ningxia"),
        ("650000", "新疆维吾尔自治区", "Xinjiang"), ("710000", "台湾省", "Taiwan"), ("810000", "香港特别行政区", "Hong Kong SAR"),
        ("820000", "澳门特别行政区", "Macao SAR"),
    ];

    public static IReadOnlyList<(string Code, string Name, string NameEn)> Countries { get; } =
    [
        ("SG", "新加坡", "Singapore"), ("JP", "日本", "Japan"), ("KR", "韩国", "Republic of Korea"),
        ("US", "美国", "United States"), ("DE", "德国", "Germany"), ("FR", "法国", "France"),
        ("GB", "英国", "United Kingdom"), ("IT", "意大利", "Italy"), ("NL", "荷兰", "Netherlands"),
        ("CH", "瑞士", "Switzerland"), ("SE", "瑞典", "Sweden"), ("DK", "丹麦", "Denmark"),
        ("BE", "比利时", "Belgium"), ("AT", "奥地利", "Austria"), ("ES", "西班牙", "Spain"),
        ("AU", "澳大利亚", "Australia"), ("NZ", "新西兰", "New Zealand"), ("CA", "加拿大", "Canada"),
        ("MY", "马来西亚", "Malaysia"), ("TH", "泰国", "Thailand"), ("VN", "越南", "Viet Nam"),
        ("ID", "印度尼西亚", "Indonesia"), ("PH", "菲律宾", "Philippines"), ("IN", "印度", "India"),
        ("AE", "阿联酋", "United Arab Emirates"), ("SA", "沙特阿拉伯", "Saudi Arabia"), ("IL", "以色列", "Israel"),
        ("RU", "俄罗斯", "Russian Federation"), ("BR", "巴西", "Brazil"), ("VG", "英属维尔京群岛", "British Virgin Islands"),
        ("KY", "开曼群岛", "Cayman Islands"),
    ];

    public static IEnumerable<SourceRegion> Regions()
    {
        var order = 0;
        foreach (var (code, name, nameEn) in Provinces)
        {
            yield return SourceRegion.Create(code, name, nameEn, SourceRegionKind.Province, ++order);
        }

        order = 0;
        foreach (var (code, name, nameEn) in Countries)
        {
            yield return SourceRegion.Create(code, name, nameEn, SourceRegionKind.Country, ++order);
        }
    }
}
