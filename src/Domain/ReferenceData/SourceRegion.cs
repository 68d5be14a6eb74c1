using System.Text.RegularExpressions;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.ReferenceData;

public enum SourceRegionKind
{
    /// <summary>A province-level division of China, coded by GB/T 2260 (e.g. 110000 北京市).</summary>
    Province = 1,

    /// <summary>A country or territory abroad, coded by ISO 3166-1 alpha-2 (e.g. SG).</summary>
    Country = 2,
}

/// <summary>
/// Where an investor comes from (投资来源区域). Reference data keyed by its official code.
/// </summary>
public sealed partial class SourceRegion
{
    public const int NameMaxLength = 100;

    private SourceRegion()
    {
        Code = string.Empty;
        Name = string.Empty;
        NameEn = string.Empty;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string NameEn { get; private set; }

    public SourceRegionKind Kind { get; private set; }

    public int SortOrder { get; private set; }

    public static SourceRegion Create(string code, string name, string nameEn, SourceRegionKind kind, int sortOrder)
    {
        if (!IsWellFormed(code, kind))
        {
            throw DomainRuleException.Invalid("region.code-invalid", $"'{code}' is not a valid {kind} code.");
        }

        return new SourceRegion
        {
            Code = code,
            Name = Guard.Text(name, NameMaxLength, "region.name-invalid", "Region name"),
            NameEn = Guard.Text(nameEn, NameMaxLength, "region.name-invalid", "Region English name"),
            Kind = kind,
            SortOrder = sortOrder,
        };
    }

    /// <summary>GB/T 2260 province codes are six digits ending in 0000; countries are two capital letters.</summary>
    public static bool IsWellFormed(string? code, SourceRegionKind kind) => code is not null && kind switch
    {
        SourceRegionKind.Province => ProvinceCode().IsMatch(code),
        SourceRegionKind.Country => CountryCode().IsMatch(code),
        _ => false,
    };

    [GeneratedRegex("^[1-9][0-9]0000$")]
    private static partial Regex ProvinceCode();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
