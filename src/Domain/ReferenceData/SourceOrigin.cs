using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace InvestPromo.Domain.ReferenceData;

/// <summary>
/// Where a source of investment lies as seen from the home city (DOMAIN.md §4, 投资来源地): the five classes the seeds count.
/// 港澳台 is outside the mainland for investment purposes (港澳台资), so it needs no mainland credit code and is not domestic.
/// </summary>
public enum SourceOrigin
{
    /// <summary>本市: the home city itself.</summary>
    HomeCity = 1,

    /// <summary>省内市外: another city of the home province.</summary>
    HomeProvince = 2,

    /// <summary>省外境内: another province of the mainland.</summary>
    OtherProvince = 3,

    /// <summary>港澳台: Hong Kong, Macao or Taiwan.</summary>
    HongKongMacaoTaiwan = 4,

    /// <summary>外国: a country or territory abroad.</summary>
    Abroad = 5,
}

/// <summary>
/// Pure rules on source-region codes: a GB/T 2260 division (six digits; a province is <c>NN0000</c>, a prefecture-level city
/// <c>NNMM00</c> or, for a county-level city directly under its province, <c>NNMMKK</c>) or an ISO 3166-1 alpha-2 country.
/// </summary>
public static partial class SourceRegionCodes
{
    /// <summary>The GB/T 2260 province codes outside the mainland for investment purposes: 台湾, 香港, 澳门.</summary>
    public static readonly IReadOnlySet<string> HongKongMacaoTaiwanProvinces = new HashSet<string>(StringComparer.Ordinal) { "710000", "810000", "820000" };

    public static bool IsDivision([NotNullWhen(true)] string? code) => code is not null && Division().IsMatch(code);

    public static bool IsCountry([NotNullWhen(true)] string? code) => code is not null && Country().IsMatch(code);

    /// <summary>The province a division belongs to (<c>430700</c> → <c>430000</c>); a country is its own roll-up; null otherwise.</summary>
    public static string? RollUp(string? code) => IsDivision(code) ? string.Concat(code.AsSpan(0, 2), "0000") : IsCountry(code) ? code : null;

    /// <summary>
    /// Whether <paramref name="code"/> can be the home city the classes are seen from: a GB/T 2260 division of the mainland
    /// (a prefecture-level city such as 430700, a municipality such as 500000, or a county-level city such as 429004).
    /// </summary>
    public static bool IsHomeCity([NotNullWhen(true)] string? code) => IsDivision(code) && !IsOutsideMainland(code);

    /// <summary>True when an investor from <paramref name="code"/> needs no mainland credit code (港澳台 or abroad).</summary>
    public static bool IsOutsideMainland(string? code) =>
        IsCountry(code) || (RollUp(code) is { } province && HongKongMacaoTaiwanProvinces.Contains(province));

    /// <summary>
    /// The class of <paramref name="code"/> seen from <paramref name="homeCityCode"/> (a prefecture-level city, e.g. 430700 常德;
    /// its province is the home province). Null when the code is neither a division nor a country. A county or district coded under
    /// the home city (<c>4307KK</c>) counts as the home city; the province code alone (<c>430000</c>) as 省内市外. A municipality
    /// (<c>500000</c> 重庆) as the home city makes all of its province the home city; a county-level city directly under its province
    /// (<c>429004</c> 仙桃) is only itself, as its neighbours share its first four digits (<c>429005</c> 潜江 is 省内市外).
    /// </summary>
    public static SourceOrigin? Classify(string? code, string homeCityCode)
    {
        ArgumentNullException.ThrowIfNull(homeCityCode);
        if (IsCountry(code))
        {
            return SourceOrigin.Abroad;
        }

        if (!IsDivision(code))
        {
            return null;
        }

        if (IsOutsideMainland(code))
        {
            return SourceOrigin.HongKongMacaoTaiwan;
        }

        if (!IsDivision(homeCityCode))
        {
            throw new ArgumentException($"'{homeCityCode}' is not a GB/T 2260 code.", nameof(homeCityCode));
        }

        if (string.CompareOrdinal(code, 0, homeCityCode, 0, 2) != 0)
        {
            return SourceOrigin.OtherProvince;
        }

        // A municipality (110000 北京) is its own province: all of it is the home city. A prefecture-level city (NNMM00) holds the
        // districts and counties coded under it (NNMMKK); a county-level city directly under its province (NNMMKK) holds nothing else.
        var municipality = homeCityCode.EndsWith("0000", StringComparison.Ordinal);
        var prefecture = homeCityCode.EndsWith("00", StringComparison.Ordinal);
        var home = municipality
            || (prefecture ? string.CompareOrdinal(code, 0, homeCityCode, 0, 4) == 0 : string.Equals(code, homeCityCode, StringComparison.Ordinal));
        return home ? SourceOrigin.HomeCity : SourceOrigin.HomeProvince;
    }

    [GeneratedRegex("^[1-9][0-9]{5}$")]
    private static partial Regex Division();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Country();
}
