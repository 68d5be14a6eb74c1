using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.People;

/// <summary>The shape rules and reference checks the people registry's commands share (ambassadors, notable natives).</summary>
public static class PeopleRules
{
    /// <summary>A region code of the region list's shape: a GB/T 2260 division (440300) or a country's two letters (DE).</summary>
    public static bool IsRegionCode(string? code) => code is null || SourceRegionCodes.IsDivision(code.Trim()) || SourceRegionCodes.IsCountry(code.Trim());

    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsRegionCode).WithMessage(_ => new Localized("城市应为行政区划代码（如 440300）或国家代码（如 DE）。", "The city must be a region code (e.g. 440300) or a country code (e.g. DE).").Current);

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(e => string.IsNullOrWhiteSpace(e) || (e.Contains('@', StringComparison.Ordinal) && !e.Trim().Contains(' ', StringComparison.Ordinal)))
            .WithMessage(_ => new Localized("电子邮箱格式不正确。", "The e-mail address is not valid.").Current);

    /// <summary>The chain and the association a record names exist (live): else a 400 on the field.</summary>
    public static async Task CheckReferencesAsync(IApplicationDbContext db, Guid? industryChainId, Guid? associationId, CancellationToken ct)
    {
        if (industryChainId is { } chain && !await db.IndustryChains.AnyAsync(c => c.Id == chain, ct))
        {
            throw RequestValidationException.For("industryChainId", new Localized("所选产业链不存在。", "The industry chain does not exist.").Current);
        }

        if (associationId is { } association && !await db.Associations.AnyAsync(a => a.Id == association, ct))
        {
            throw RequestValidationException.For("associationId", new Localized("所选商协会不存在。", "The association does not exist.").Current);
        }
    }
}
