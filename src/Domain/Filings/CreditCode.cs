using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>Which part of a unified social credit code is wrong (<see cref="CreditCode.Check"/>); the first wrong part wins.</summary>
public enum CreditCodeFault
{
    None,

    /// <summary>Blank, or not 18 characters.</summary>
    Length,

    /// <summary>A character outside 0-9 and the capital letters without I, O, Z, S and V.</summary>
    Character,

    /// <summary>Characters 1 and 2 (registration authority, organisation category) are not a pair the standard lists.</summary>
    AuthorityCategory,

    /// <summary>Characters 3–8 (the registering authority's administrative division, GB/T 2260) are not all digits.</summary>
    Division,

    /// <summary>Characters 9–17 are not an organisation code (GB 11714) with its own check character right.</summary>
    OrganisationCode,

    /// <summary>The 18th character is not the check character of the first seventeen.</summary>
    CheckCharacter,
}

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the capital letters without
/// I, O, Z, S and V. Character 1 is the registration authority and 2 the organisation category (a pair the standard lists),
/// 3–8 the registering authority's division code (digits), 9–17 the organisation code (GB 11714, its 9th character a check
/// character over the first eight), and 18 a check character over the first seventeen. Stored upper-cased.
/// </summary>
public readonly record struct CreditCode
{
    public const int Length = 18;

    /// <summary>The 31 code characters in the order of their values 0..30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>
    /// The registration authorities (登记管理部门代码) and, for each, its organisation categories (机构类别代码).
    /// Sources: GB 32100-2015 table 1 (1 机构编制, 5 民政, 9 工商, Y 其他) with its amendment No. 1 (2016), and the
    /// authorities assigned afterwards by the 全国组织机构统一社会信用代码数据服务中心 (2 外交, 3 司法行政, 4 文化, 6 旅游,
    /// 7 宗教, 8 工会, A 中央军委改革和编制办公室, N 农业). The later assignments are not in the standard's text: they are
    /// taken as published and as codes in use show them (e.g. law firms 31…, trade unions 81…, collective economic
    /// organisations N2…). Add a pair here when a new one is published.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, string> Categories = new Dictionary<char, string>
    {
        ['1'] = "1239", // 机构编制: 1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体, 9 其他
        ['2'] = "19", // 外交: 1 外国常驻新闻机构, 9 其他
        ['3'] = "123459", // 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构, 5 仲裁委员会, 9 其他
        ['4'] = "19", // 文化: 1 外国在华文化中心, 9 其他
        ['5'] = "1239", // 民政: 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他
        ['6'] = "129", // 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地(大陆)代表机构, 9 其他
        ['7'] = "129", // 宗教: 1 宗教活动场所, 2 宗教院校, 9 其他
        ['8'] = "19", // 工会: 1 基层工会, 9 其他
        ['9'] = "123", // 工商: 1 企业, 2 个体工商户, 3 农民专业合作社
        ['A'] = "19", // 中央军委改革和编制办公室: 1 军队事业单位, 9 其他
        ['N'] = "1239", // 农业: 1 组级集体经济组织, 2 村级集体经济组织, 3 乡镇级集体经济组织, 9 其他
        ['Y'] = "1", // 其他: 1
    };

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>GB 11714's weights for the organisation code's eight body characters.</summary>
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private CreditCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>Trims and upper-cases the input, then checks every part of the code.</summary>
    public static bool IsValid(string? code) => Check(code) == CreditCodeFault.None;

    /// <summary>Trims and upper-cases the input and says which part is wrong, the first in the order of the enum.</summary>
    public static CreditCodeFault Check(string? code) =>
        Normalise(code) is { Length: Length } normalised ? CheckNormalised(normalised) : CreditCodeFault.Length;

    public static CreditCode Parse(string? code)
    {
        var normalised = Normalise(code);
        var fault = normalised is { Length: Length } ? CheckNormalised(normalised) : CreditCodeFault.Length;
        return fault == CreditCodeFault.None
            ? new CreditCode(normalised!)
            : throw DomainRuleException.Invalid("filing.credit-code-invalid", $"The unified social credit code is invalid: {Describe(fault)}.");
    }

    /// <summary>The check character for the first seventeen characters, or null if one of them is not a code character.</summary>
    public static char? CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// GB 11714's check character for an organisation code's eight body characters (0-9, A-Z with A = 10 … Z = 35):
    /// 11 − (Σ value × weight mod 11), where 10 is written X and 11 is written 0. Null unless eight such characters.
    /// </summary>
    public static char? OrganisationCheckCharacter(string body8)
    {
        ArgumentNullException.ThrowIfNull(body8);
        if (body8.Length != OrganisationWeights.Length)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < body8.Length; i++)
        {
            var c = body8[i];
            int value;
            if (c is >= '0' and <= '9')
            {
                value = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                value = c - 'A' + 10;
            }
            else
            {
                return null;
            }

            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    /// <summary>The part that is wrong, in English (the API's field message words it in the user's language).</summary>
    public static string Describe(CreditCodeFault fault) => fault switch
    {
        CreditCodeFault.Length => "it must be 18 characters",
        CreditCodeFault.Character => "only digits and capital letters other than I, O, Z, S and V are used",
        CreditCodeFault.AuthorityCategory => "characters 1–2 are not a registration authority and category of GB 32100",
        CreditCodeFault.Division => "characters 3–8 (the division code) must be digits",
        CreditCodeFault.OrganisationCode => "characters 9–17 are not an organisation code with a right check character",
        CreditCodeFault.CheckCharacter => "the 18th character is not the check character",
        _ => "no fault",
    };

    private static string? Normalise(string? code) => code?.Trim().ToUpperInvariant();

    private static CreditCodeFault CheckNormalised(string code)
    {
        if (CheckCharacter(code[..(Length - 1)]) is not { } check || Alphabet.IndexOf(code[Length - 1], StringComparison.Ordinal) < 0)
        {
            return CreditCodeFault.Character;
        }

        if (!Categories.TryGetValue(code[0], out var categories) || !categories.Contains(code[1], StringComparison.Ordinal))
        {
            return CreditCodeFault.AuthorityCategory;
        }

        if (code.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return CreditCodeFault.Division;
        }

        if (OrganisationCheckCharacter(code.Substring(8, 8)) != code[16])
        {
            return CreditCodeFault.OrganisationCode;
        }

        return check == code[Length - 1] ? CreditCodeFault.None : CreditCodeFault.CheckCharacter;
    }
}
