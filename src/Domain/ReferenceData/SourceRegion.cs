using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.ReferenceData;

public enum SourceRegionKind
{
    /// <summary>A province-level division of China, coded by GB/T 2260 (e.g. 110000 北京市).</summary>
    Province = 1,

    /// <summary>A country or territory abroad, coded by ISO 3166-1 alpha-2 (e.g. SG).</summary>
    Country = 2,

    /// <summary>
    /// A division below a province, coded by GB/T 2260: a prefecture-level city (430700 常德市) or a county-level city directly
    /// under its province (429004 仙桃市). Its parent is its province (<see cref="SourceRegionCodes.RollUp"/>).
    /// </summary>
    City = 3,
}

/// <summary>
/// Where an investor comes from (投资来源区域), keyed by its official code. Shipped from GB/T 2260 and ISO 3166-1 and
/// maintained by admins: they add a region, rename it, deactivate or reactivate it. The code, and so the kind and the parent,
/// never change (filings, totals and integrators key on it).
/// </summary>
public sealed class SourceRegion : AuditableEntity
{
    public const int CodeMaxLength = 8;
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

    /// <summary>A city's province (<c>430000</c> for <c>430700</c>); none for a province or a country.</summary>
    public string? ParentCode { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>A deactivated region stays on the filings that name it but is refused as a new value.</summary>
    public bool IsActive { get; private set; }

    /// <summary>
    /// The kind a code denotes: two capital letters a country; six digits a GB/T 2260 division, a province when it ends in
    /// 0000, else a city (its prefecture digits may not be 00). Null for anything else.
    /// </summary>
    public static SourceRegionKind? KindOf(string? code)
    {
        if (SourceRegionCodes.IsCountry(code))
        {
            return SourceRegionKind.Country;
        }

        if (!SourceRegionCodes.IsDivision(code))
        {
            return null;
        }

        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return SourceRegionKind.Province;
        }

        return code.AsSpan(2, 2).SequenceEqual("00") ? null : SourceRegionKind.City;
    }

    public static bool IsWellFormed(string? code, SourceRegionKind kind) => KindOf(code) == kind;

    /// <summary>The kind <paramref name="code"/> names, or 422 <c>region.code-invalid</c>.</summary>
    public static SourceRegionKind RequireKindOf(string code) => KindOf(code)
        ?? throw DomainRuleException.Invalid("region.code-invalid", $"'{code}' is neither a GB/T 2260 division nor an ISO 3166-1 alpha-2 code.");

    /// <summary>A city's province (its roll-up); none for a province or a country.</summary>
    public static string? ParentOf(string code) => KindOf(code) == SourceRegionKind.City ? SourceRegionCodes.RollUp(code) : null;

    /// <summary>A new active region; the code decides its kind and, for a city, its parent province.</summary>
    public static SourceRegion Create(string code, string name, string nameEn, int sortOrder, Guid? by, DateTimeOffset now)
    {
        var region = new SourceRegion
        {
            Code = code,
            Kind = RequireKindOf(code),
            ParentCode = ParentOf(code),
            SortOrder = sortOrder,
            IsActive = true,
        };
        region.Rename(name, nameEn);
        region.Stamp(by, now);
        return region;
    }

    public void Rename(string name, string nameEn)
    {
        var checkedName = Guard.Text(name, NameMaxLength, "region.name-invalid", "Region name");
        var checkedNameEn = Guard.Text(nameEn, NameMaxLength, "region.name-invalid", "Region English name");
        Name = checkedName;
        NameEn = checkedNameEn;
    }

    /// <summary>Deactivating is always safe: the filings that name the region keep it; new values may no longer be it.</summary>
    public void SetActive(bool active) => IsActive = active;
}
