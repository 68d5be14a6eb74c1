using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Filings;

/// <summary>The fields a filer writes, shared by creating and updating a draft. Every one may be empty in a draft.</summary>
public interface IFilingFields
{
    string? ProjectName { get; }

    string? InvestorName { get; }

    string? CreditCode { get; }

    string? SourceRegionCode { get; }

    Guid? IndustryChainId { get; }

    ProjectCategory? Category { get; }

    ProjectStage? Stage { get; }

    decimal? PlannedTotalInvestment { get; }

    decimal? PlannedFixedAssetInvestment { get; }

    string? ConstructionContent { get; }

    Guid? AssociationId { get; }

    string? RecommenderName { get; }

    string? RecommenderContact { get; }

    string? ContactName { get; }

    string? ContactPhone { get; }
}

public static class FilingFields
{
    /// <summary>Shape of the fields (FluentValidation): lengths, formats, amounts, and that referenced records exist.</summary>
    public static void AddFilingFieldRules<T>(this AbstractValidator<T> validator, IApplicationDbContext db)
        where T : IFilingFields
    {
        validator.RuleFor(x => x.ProjectName).MaximumLength(Filing.ProjectNameMaxLength);
        validator.RuleFor(x => x.InvestorName).MaximumLength(Filing.InvestorNameMaxLength);
        validator.RuleFor(x => x.CreditCode)
            .Must(CreditCode.IsValid).When(x => !string.IsNullOrWhiteSpace(x.CreditCode))
            .WithMessage(_ => new Localized("统一社会信用代码无效(18位,校验位不符合 GB 32100-2015)。", "Not a valid unified social credit code (18 characters, GB 32100-2015 check character).").Current);
        validator.RuleFor(x => x.SourceRegionCode)
            .MustAsync(async (code, ct) => await db.SourceRegions.AnyAsync(r => r.Code == code!.Trim(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.SourceRegionCode))
            .WithMessage(_ => new Localized("投资来源区域不存在。", "Unknown source region.").Current);
        validator.RuleFor(x => x.IndustryChainId)
            .MustAsync(async (id, ct) => await db.IndustryChains.AnyAsync(c => c.Id == id && c.IsActive, ct))
            .When(x => x.IndustryChainId is not null)
            .WithMessage(_ => new Localized("产业链不存在或已停用。", "Unknown or inactive industry chain.").Current);
        validator.RuleFor(x => x.AssociationId)
            .MustAsync(async (id, ct) => await db.Associations.AnyAsync(a => a.Id == id, ct))
            .When(x => x.AssociationId is not null)
            .WithMessage(_ => new Localized("引荐商协会不存在。", "Unknown association.").Current);
        validator.RuleFor(x => x.Category).IsInEnum();
        validator.RuleFor(x => x.Stage).IsInEnum();
        validator.RuleFor(x => x.PlannedTotalInvestment).Must(v => Money.IsValid(v!.Value)).When(x => x.PlannedTotalInvestment is not null)
            .WithMessage(_ => AmountMessage.Current);
        validator.RuleFor(x => x.PlannedFixedAssetInvestment).Must(v => Money.IsValid(v!.Value)).When(x => x.PlannedFixedAssetInvestment is not null)
            .WithMessage(_ => AmountMessage.Current);
        validator.RuleFor(x => x.PlannedFixedAssetInvestment)
            .LessThanOrEqualTo(x => x.PlannedTotalInvestment)
            .When(x => x.PlannedFixedAssetInvestment is not null && x.PlannedTotalInvestment is not null)
            .WithMessage(_ => new Localized("计划固定资产投资不能超过计划总投资。", "Planned fixed-asset investment cannot exceed the planned total investment.").Current);
        validator.RuleFor(x => x.ConstructionContent).MaximumLength(Filing.ConstructionContentMaxLength);
        validator.RuleFor(x => x.RecommenderName).MaximumLength(Filing.PersonNameMaxLength);
        validator.RuleFor(x => x.RecommenderContact).MaximumLength(Filing.RecommenderContactMaxLength);
        validator.RuleFor(x => x.ContactName).MaximumLength(Filing.PersonNameMaxLength);
        validator.RuleFor(x => x.ContactPhone)
            .Must(PhoneNumber.IsValid).When(x => !string.IsNullOrWhiteSpace(x.ContactPhone))
            .WithMessage(_ => new Localized("电话号码格式不正确(手机号或带区号的固话,如 0736-1234567)。", "Not a mainland mobile or landline number with area code (e.g. 0736-1234567).").Current);
    }

    private static readonly Localized AmountMessage = new("金额必须不小于 0 元,且最多两位小数。", "An amount must be at least 0 yuan with at most two decimals.");

    /// <summary>The domain's view of the fields; a foreign investor is one whose source region is a country.</summary>
    public static async Task<FilingData> ToDataAsync(this IFilingFields fields, IApplicationDbContext db, CancellationToken ct)
    {
        var region = string.IsNullOrWhiteSpace(fields.SourceRegionCode) ? null : fields.SourceRegionCode.Trim();
        var foreign = region is not null
            && await db.SourceRegions.AnyAsync(r => r.Code == region && r.Kind == SourceRegionKind.Country, ct);
        return fields.ToData(foreign);
    }

    /// <summary>The domain's view of the fields when the caller already knows whether the source region is a country.</summary>
    public static FilingData ToData(this IFilingFields fields, bool foreignInvestor)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var region = string.IsNullOrWhiteSpace(fields.SourceRegionCode) ? null : fields.SourceRegionCode.Trim();
        return new FilingData(
            fields.ProjectName, fields.InvestorName, foreignInvestor, fields.CreditCode, region, fields.IndustryChainId, fields.Category, fields.Stage,
            fields.PlannedTotalInvestment, fields.PlannedFixedAssetInvestment, fields.ConstructionContent, fields.AssociationId,
            fields.RecommenderName, fields.RecommenderContact, fields.ContactName, fields.ContactPhone);
    }

    /// <summary>A submission missing fields is a 400 naming each of them, like any other field error.</summary>
    public static RequestValidationException ToValidationException(this FilingIncompleteException incomplete)
    {
        ArgumentNullException.ThrowIfNull(incomplete);
        return new RequestValidationException(incomplete.Fields.ToDictionary(
            f => f,
            f => new[] { new Localized($"提交前必须填写“{FieldDisplayNames.For(char.ToUpperInvariant(f[0]) + f[1..])}”。", $"{FieldDisplayNames.For(char.ToUpperInvariant(f[0]) + f[1..])} is required before submission.").Current },
            StringComparer.Ordinal));
    }
}
