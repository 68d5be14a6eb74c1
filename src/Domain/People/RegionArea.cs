using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.People;

/// <summary>
/// The area a targeting search (按图索骥) covers: a province code (440000) covers its cities and counties (44xxxx), a city code
/// (440300) its districts (4403xx), a county or a country only itself. The codes are those of the region list (SourceRegion.Code).
/// </summary>
public static class RegionArea
{
    /// <summary>The prefix every code in the area starts with: "44" for 440000, "4403" for 440300, the code itself otherwise.</summary>
    public static string Prefix(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        if (!SourceRegionCodes.IsDivision(trimmed))
        {
            return trimmed;
        }

        return trimmed.EndsWith("0000", StringComparison.Ordinal) ? trimmed[..2]
            : trimmed.EndsWith("00", StringComparison.Ordinal) ? trimmed[..4]
            : trimmed;
    }

    /// <summary>Whether <paramref name="code"/> lies in the area of <paramref name="areaCode"/>.</summary>
    public static bool Covers(string areaCode, string? code) =>
        code is not null && (SourceRegionCodes.IsDivision(areaCode.Trim()) ? code.Trim().StartsWith(Prefix(areaCode), StringComparison.Ordinal) : code.Trim() == areaCode.Trim());
}
