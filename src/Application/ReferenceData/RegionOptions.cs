using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData;

/// <summary>
/// Configuration section "Region": the home city the sources of investment are classed from (本市/省内市外/省外境内/港澳台/外国,
/// <see cref="SourceRegionCodes.Classify"/>). Its province follows from the code. Default 430700 常德 (湖南 430000).
/// </summary>
public sealed class RegionOptions
{
    public const string Section = "Region";

    /// <summary>The GB/T 2260 code of the home city: a prefecture-level city (430700), a municipality (500000) or a county-level city.</summary>
    public string HomeCityCode { get; set; } = "430700";

    /// <summary>The home city's province (430700 → 430000).</summary>
    public string HomeProvinceCode => SourceRegionCodes.RollUp(HomeCityCode) ?? HomeCityCode;

    /// <summary>The class of a source region code as seen from the home city; null when the code is neither a division nor a country.</summary>
    public SourceOrigin? Classify(string? code) => SourceRegionCodes.Classify(code, HomeCityCode);

    /// <summary>The options, trimmed and checked; a misconfigured home city fails at start-up, not on a leader's request.</summary>
    public RegionOptions Validated()
    {
        var code = HomeCityCode?.Trim();
        return SourceRegionCodes.IsHomeCity(code)
            ? new RegionOptions { HomeCityCode = code }
            : throw new InvalidOperationException(
                $"Configuration {Section}:{nameof(HomeCityCode)} is '{HomeCityCode}': it must be a GB/T 2260 code of a mainland city (six digits, e.g. 430700 for 常德).");
    }
}
