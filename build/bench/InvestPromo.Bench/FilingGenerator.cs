using System.Text;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Bench;

/// <summary>The reference rows the generated filings point at (read from the migrated, demo-seeded database).</summary>
internal sealed record ReferenceRows(IReadOnlyList<Guid> UnitIds, IReadOnlyList<Guid> ChainIds, IReadOnlyList<string> RegionCodes);

/// <summary>An investor: a company name and its credit code (none when foreign).</summary>
internal sealed record Investor(string Name, string? CreditCode, bool Foreign, string Brand);

/// <summary>The fields of one generated filing that a draft needs (the seeder adds the workflow columns).</summary>
internal sealed record GeneratedFields(
    Guid UnitId,
    string ProjectName,
    Investor Investor,
    string RegionCode,
    Guid ChainId,
    ProjectCategory Category,
    ProjectStage Stage,
    decimal PlannedTotal,
    decimal PlannedFixedAssets,
    string ContactName,
    string ContactPhone);

/// <summary>
/// Realistic, skewed data: a few units, chains and source regions get most filings (Zipf-like weights), amounts are
/// log-normal (most below 100 million yuan, a long tail above 10 billion), investors file several projects and a small
/// share of projects is filed twice (same name and investor, sometimes by another unit) so duplicate detection has work.
/// Deterministic for a given seed.
/// </summary>
internal sealed class FilingGenerator
{
    private const string Syllables = "华锐恒泰鑫瑞达盛兴宏远鼎新博凯嘉信诚安和顺丰源金海天宇中科智联创通德润晟昌弘益正邦欣悦腾飞翔龙凤祥云光明辉耀";
    private static readonly string[] Cities = ["深圳", "广州", "上海", "杭州", "苏州", "北京", "长沙", "武汉", "宁波", "东莞", "佛山", "厦门", "南京", "成都", "香港"];
    private static readonly string[] Trades = ["科技", "新能源", "新材料", "电子", "医药", "食品", "纺织", "物流", "数字", "智能装备", "汽车零部件", "文旅"];
    private static readonly string[] Products = ["锂电池", "储能系统", "智能制造", "精密模具", "光伏组件", "生物制药", "食品加工", "服装生产", "冷链物流", "数据中心", "新材料", "电子元器件", "汽车零部件", "文旅综合体", "农产品深加工", "医疗器械", "半导体封装", "环保设备"];
    private static readonly string[] Kinds = ["项目", "生产基地项目", "产业园项目", "建设项目", "扩建项目", "总部项目"];
    private static readonly string[] Phases = ["", "", "", "一期", "二期"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "涛"];

    private static readonly (ProjectCategory Value, int Weight)[] CategoryWeights =
    [
        (ProjectCategory.Industrial, 45), (ProjectCategory.Service, 20), (ProjectCategory.Agriculture, 10), (ProjectCategory.RealEstate, 5),
        (ProjectCategory.Finance, 3), (ProjectCategory.Infrastructure, 10), (ProjectCategory.Other, 7),
    ];

    private static readonly (ProjectStage Value, int Weight)[] StageWeights =
    [
        (ProjectStage.Negotiating, 35), (ProjectStage.Signed, 30), (ProjectStage.Started, 20), (ProjectStage.Completed, 5), (ProjectStage.InProduction, 10),
    ];

    private Random _random;
    private readonly ReferenceRows _reference;
    private readonly double[] _unitCdf;
    private readonly double[] _chainCdf;
    private readonly double[] _regionCdf;
    private readonly List<Investor> _investors = [];
    private readonly List<GeneratedFields> _recent = [];
    private int _contact;

    public FilingGenerator(ReferenceRows reference, int seed, int expectedFilings)
    {
        _random = new Random(seed);
        _reference = reference;
        _unitCdf = ZipfCdf(reference.UnitIds.Count, 0.6);
        _chainCdf = ZipfCdf(reference.ChainIds.Count, 0.8);
        _regionCdf = ZipfCdf(reference.RegionCodes.Count, 1.0);
        var investors = Math.Max(50, expectedFilings / 4);
        for (var i = 0; i < investors; i++)
        {
            _investors.Add(NewInvestor());
        }
    }

    public Random Random => _random;

    /// <summary>Keeps the investors but draws everything else from another sequence (drafts that resemble, not repeat, the seed).</summary>
    public void Diverge(int seed)
    {
        _random = new Random(seed);
        _recent.Clear();
    }

    public GeneratedFields Next()
    {
        // 2% are the same project filed again (the same name and investor; half of them by another unit).
        if (_recent.Count > 100 && _random.NextDouble() < 0.02)
        {
            var original = _recent[_random.Next(_recent.Count)];
            var unit = _random.NextDouble() < 0.5 ? original.UnitId : Pick(_reference.UnitIds, _unitCdf);
            var total = Math.Round(original.PlannedTotal * (decimal)(0.9 + (_random.NextDouble() * 0.2)), 2);
            return original with { UnitId = unit, PlannedTotal = total, PlannedFixedAssets = Math.Round(total * 0.7m, 2), ContactPhone = Phone() };
        }

        // Investors are Zipf-ish too: a few file many projects.
        var investor = _investors[(int)(_investors.Count * Math.Pow(_random.NextDouble(), 2.0))];
        var planned = PlannedTotal();
        var fields = new GeneratedFields(
            Pick(_reference.UnitIds, _unitCdf),
            investor.Brand + Products[_random.Next(Products.Length)] + Phases[_random.Next(Phases.Length)] + Kinds[_random.Next(Kinds.Length)],
            investor,
            Pick(_reference.RegionCodes, _regionCdf),
            Pick(_reference.ChainIds, _chainCdf),
            Weighted(CategoryWeights),
            Weighted(StageWeights),
            planned,
            Math.Round(planned * (decimal)(0.5 + (_random.NextDouble() * 0.5)), 2),
            Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)],
            Phone());
        if (_recent.Count < 20_000)
        {
            _recent.Add(fields);
        }
        else if (_random.NextDouble() < 0.01)
        {
            _recent[_random.Next(_recent.Count)] = fields;
        }

        return fields;
    }

    private Investor NewInvestor()
    {
        var brand = new StringBuilder();
        var length = _random.NextDouble() < 0.7 ? 2 : 3;
        for (var i = 0; i < length; i++)
        {
            brand.Append(Syllables[_random.Next(Syllables.Length)]);
        }

        var foreign = _random.NextDouble() < 0.04;
        var city = Cities[_random.Next(Cities.Length)];
        var name = foreign ? brand + "国际控股集团" : city + brand + Trades[_random.Next(Trades.Length)] + "有限公司";
        return new Investor(name, foreign ? null : NewCreditCode(), foreign, brand.ToString());
    }

    private string NewCreditCode()
    {
        var first17 = new StringBuilder("91", 18);
        for (var i = 2; i < 16; i++)
        {
            first17.Append(CreditCode.Alphabet[_random.Next(i < 8 ? 10 : CreditCode.Alphabet.Length)]);
        }

        first17.Append(CreditCode.OrganisationCheckCharacter(first17.ToString(8, 8)));
        var text = first17.ToString();
        return text + CreditCode.CheckCharacter(text);
    }

    /// <summary>Log-normal around 50 million yuan: about 60% below 100 million, a tail to tens of billions.</summary>
    private decimal PlannedTotal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2);
        var yuan = Math.Exp(Math.Log(5e7) + (1.6 * normal));
        yuan = Math.Clamp(yuan, 1e5, 5e11);
        return Math.Round((decimal)yuan / 10_000m, 0) * 10_000m;
    }

    private string Phone() => "13" + (800_000_000 + Interlocked.Increment(ref _contact) % 199_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items, double[] cdf)
    {
        var x = _random.NextDouble();
        var index = Array.BinarySearch(cdf, x);
        return items[Math.Min(items.Count - 1, index < 0 ? ~index : index)];
    }

    private T Weighted<T>((T Value, int Weight)[] weights)
    {
        var x = _random.Next(weights.Sum(w => w.Weight));
        foreach (var (value, weight) in weights)
        {
            if (x < weight)
            {
                return value;
            }

            x -= weight;
        }

        return weights[^1].Value;
    }

    private static double[] ZipfCdf(int count, double exponent)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank, exponent)).ToArray();
        var total = weights.Sum();
        var cdf = new double[count];
        var running = 0.0;
        for (var i = 0; i < count; i++)
        {
            running += weights[i] / total;
            cdf[i] = running;
        }

        cdf[^1] = 1.0;
        return cdf;
    }
}
