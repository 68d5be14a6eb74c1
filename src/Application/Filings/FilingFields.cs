using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings;

/// <summary>
/// The fields a filer writes as a request carries them (the create and update bodies, an import row): one to one with the
/// domain's <see cref="FilingDetails"/>. Whether the investor is outside the mainland (and so needs no credit code) is not an
/// input: it follows from the source region (<see cref="FilingDetails.OutsideMainland"/>); a <c>foreignInvestor</c> member sent
/// in a body is not part of the request and is ignored, like any unknown member. Every field may be empty in a draft.
/// Commands derive from it, so the list is written once.
/// </summary>
public record FilingFieldsRequest
{
    public string? ProjectName { get; init; }

    public string? InvestorName { get; init; }

    public string? CreditCode { get; init; }

    public string? SourceRegionCode { get; init; }

    public Guid? IndustryChainId { get; init; }

    public ProjectCategory? Category { get; init; }

    public ProjectStage? Stage { get; init; }

    public decimal? PlannedTotalInvestment { get; init; }

    public decimal? PlannedFixedAssetInvestment { get; init; }

    public string? ConstructionContent { get; init; }

    public Guid? AssociationId { get; init; }

    public string? RecommenderName { get; init; }

    public string? RecommenderContact { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>The project lead assigned to the unit that the filing pursues (not part of <see cref="FilingDetails"/>: linked apart).</summary>
    public Guid? LeadId { get; init; }

    /// <summary>The domain's details (the one mapping).</summary>
    public FilingDetails ToDetails() => new(
        ProjectName, InvestorName, CreditCode, TrimmedRegion(), IndustryChainId, Category, Stage, PlannedTotalInvestment,
        PlannedFixedAssetInvestment, ConstructionContent, AssociationId, RecommenderName, RecommenderContact, ContactName, ContactPhone);

    /// <summary>The source region code trimmed, none when blank.</summary>
    public string? TrimmedRegion() => string.IsNullOrWhiteSpace(SourceRegionCode) ? null : SourceRegionCode.Trim();
}

public static class FilingFields
{
    /// <summary>
    /// Shape of the fields (FluentValidation): lengths, formats, amounts, and that referenced records exist. A deactivated industry
    /// chain is refused as a new value but kept when it is the chain the edited filing (<paramref name="editedFilingId"/>) already
    /// names, as a deactivated region is.
    /// </summary>
    public static void AddFilingFieldRules<T>(this AbstractValidator<T> validator, IApplicationDbContext db, Func<T, Guid>? editedFilingId = null)
        where T : FilingFieldsRequest
    {
        validator.RuleFor(x => x.ProjectName).MaximumLength(Filing.ProjectNameMaxLength).SingleLineText();
        validator.RuleFor(x => x.InvestorName).MaximumLength(Filing.InvestorNameMaxLength).SingleLineText();
        validator.RuleFor(x => x.CreditCode)
            .Must(CreditCode.IsValid).When(x => !string.IsNullOrWhiteSpace(x.CreditCode))
            .WithMessage((_, code) => CreditCodeMessage(CreditCode.Check(code)).Current);
        validator.RuleFor(x => x.SourceRegionCode)
            .MustAsync(async (code, ct) => await db.SourceRegions.AnyAsync(r => r.Code == code!.Trim(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.SourceRegionCode))
            .WithMessage(_ => new Localized("所选“投资来源区域”不存在，请重新选择。", "The chosen source region does not exist; choose another.").Current);
        validator.RuleFor(x => x.IndustryChainId)
            .MustAsync(async (request, id, ct) =>
            {
                var filingId = editedFilingId?.Invoke(request);
                return await db.IndustryChains.AnyAsync(
                    c => c.Id == id && (c.IsActive || (filingId != null && db.Filings.Any(f => f.Id == filingId && f.IndustryChainId == id))), ct);
            })
            .When(x => x.IndustryChainId is not null)
            .WithMessage(_ => new Localized("所选“产业链”不存在或已停用，请重新选择。", "The chosen industry chain does not exist or is inactive; choose another.").Current);
        validator.RuleFor(x => x.AssociationId)
            .MustAsync(async (id, ct) => await db.Associations.AnyAsync(a => a.Id == id, ct))
            .When(x => x.AssociationId is not null)
            .WithMessage(_ => new Localized("所选“引荐商协会”不存在，请重新选择。", "The chosen introducing association does not exist; choose another.").Current);
        validator.RuleFor(x => x.Category).IsDefinedValue();
        validator.RuleFor(x => x.Stage).IsDefinedValue();
        validator.RuleFor(x => x.PlannedTotalInvestment).Must(v => Money.IsValid(v!.Value)).When(x => x.PlannedTotalInvestment is not null)
            .WithMessage(_ => AmountMessage(nameof(FilingFieldsRequest.PlannedTotalInvestment)).Current);
        validator.RuleFor(x => x.PlannedFixedAssetInvestment).Must(v => Money.IsValid(v!.Value)).When(x => x.PlannedFixedAssetInvestment is not null)
            .WithMessage(_ => AmountMessage(nameof(FilingFieldsRequest.PlannedFixedAssetInvestment)).Current);
        validator.RuleFor(x => x.PlannedFixedAssetInvestment)
            .LessThanOrEqualTo(x => x.PlannedTotalInvestment)
            .When(x => x.PlannedFixedAssetInvestment is not null && x.PlannedTotalInvestment is not null)
            .WithMessage(_ => new Localized("“计划固定资产投资”不能超过“计划总投资”。", "Planned fixed-asset investment cannot exceed the planned total investment.").Current);
        validator.RuleFor(x => x.ConstructionContent).MaximumLength(Filing.ConstructionContentMaxLength).MultiLineText();
        validator.RuleFor(x => x.RecommenderName).MaximumLength(Filing.PersonNameMaxLength).SingleLineText();
        validator.RuleFor(x => x.RecommenderContact).MaximumLength(Filing.RecommenderContactMaxLength).SingleLineText();
        validator.RuleFor(x => x.ContactName).MaximumLength(Filing.PersonNameMaxLength).SingleLineText();
        validator.RuleFor(x => x.ContactPhone)
            .Must(PhoneNumber.IsValid).When(x => !string.IsNullOrWhiteSpace(x.ContactPhone))
            .WithMessage(_ => new Localized("“联系电话”应为手机号或带区号的固话（如 0736-1234567）。", "Contact phone must be a mainland mobile or a landline with its area code (e.g. 0736-1234567).").Current);
    }

    /// <summary>Which part of the credit code is wrong, in the user's language (GB 32100-2015).</summary>
    public static Localized CreditCodeMessage(CreditCodeFault fault) => fault switch
    {
        CreditCodeFault.Length => new("“统一社会信用代码”应为 18 位。", "Unified social credit code must have 18 characters."),
        CreditCodeFault.Character => new("“统一社会信用代码”只能由数字和除 I、O、Z、S、V 以外的大写字母组成。", "Unified social credit code uses digits and capital letters other than I, O, Z, S and V."),
        CreditCodeFault.AuthorityCategory => new("“统一社会信用代码”第 1–2 位（登记管理部门、机构类别）不是 GB 32100-2015 规定的组合。", "Unified social credit code: characters 1–2 (registration authority and category) are not a pair of GB 32100-2015."),
        CreditCodeFault.Division => new("“统一社会信用代码”第 3–8 位（登记管理机关行政区划码）应为数字。", "Unified social credit code: characters 3–8 (the division code) must be digits."),
        CreditCodeFault.OrganisationCode => new("“统一社会信用代码”第 9–17 位不是有效的组织机构代码（校验码不符合 GB 11714）。", "Unified social credit code: characters 9–17 are not an organisation code (its GB 11714 check character is wrong)."),
        _ => new("“统一社会信用代码”第 18 位（校验位）不符合 GB 32100-2015。", "Unified social credit code: the 18th character is not the GB 32100-2015 check character."),
    };

    private static Localized AmountMessage(string field) =>
        new($"“{FieldDisplayNames.For(field)}”应为不小于 0 的金额，最多精确到分。", $"{FieldDisplayNames.For(field)} must be an amount of at least 0 with at most two decimals of a yuan.");

    /// <summary>
    /// The domain's details, once the source region is allowed: any active region (a city, a province, a country); a deactivated
    /// one only when it is the value the filing already has (<paramref name="currentRegion"/>), else 422 <c>region.inactive</c>.
    /// Whether a credit code is needed follows the region itself (<see cref="SourceRegionCodes.IsOutsideMainland"/>).
    /// </summary>
    public static async Task<FilingDetails> ToDetailsAsync(this FilingFieldsRequest fields, IApplicationDbContext db, CancellationToken ct, string? currentRegion = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var code = fields.TrimmedRegion();
        if (code is not null && !string.Equals(code, currentRegion, StringComparison.Ordinal)
            && await db.SourceRegions.AsNoTracking().AnyAsync(r => r.Code == code && !r.IsActive, ct))
        {
            throw InactiveRegion(code);
        }

        return fields.ToDetails();
    }

    /// <summary>A deactivated region chosen as a new value.</summary>
    public static DomainRuleException InactiveRegion(string code) =>
        DomainRuleException.Invalid("region.inactive", $"Source region '{code}' has been deactivated and cannot be chosen.");

    /// <summary>
    /// A submission missing fields is a 400 naming each of them, like any other field error, all at once; a missing field has the
    /// message every missing field gets (<see cref="ValidationMessages.Required"/>), so the form reads the same whichever side found it.
    /// </summary>
    public static RequestValidationException ToValidationException(this FilingIncompleteException incomplete)
    {
        ArgumentNullException.ThrowIfNull(incomplete);
        var errors = incomplete.Fields.ToDictionary(
            FieldNames.ToCamelCasePath,
            f => new[] { ValidationMessages.Required(FieldDisplayNames.For(f)).Current },
            StringComparer.Ordinal);
        foreach (var f in incomplete.ZeroFields)
        {
            errors[FieldNames.ToCamelCasePath(f)] =
                [new Localized($"“{FieldDisplayNames.For(f)}”不能为 0，提交审核前请填写大于 0 的金额。", $"{FieldDisplayNames.For(f)} cannot be 0; enter an amount above 0 before submission.").Current];
        }

        return new RequestValidationException(errors);
    }
}
