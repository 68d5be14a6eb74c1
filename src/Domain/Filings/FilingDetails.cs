using InvestPromo.Domain.Common;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// The fields a filer writes (DOMAIN.md §1), as one value: the one list of them. A draft may leave any of them empty;
/// submission needs them all but the optional ones (credit code for an investor outside the mainland, association, recommender).
/// <see cref="Normalised"/> checks and normalises them (what a <see cref="Filing"/> stores), <see cref="MissingFields"/> says
/// what submission still needs, and <see cref="Snapshot"/>/<see cref="ChangesTo"/> what an edit changed (by field name; the
/// wire names and the history's JSON are the application's).
/// </summary>
public readonly record struct FilingDetails(
    string? ProjectName,
    string? InvestorName,
    string? CreditCode,
    string? SourceRegionCode,
    Guid? IndustryChainId,
    ProjectCategory? Category,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    decimal? PlannedFixedAssetInvestment,
    string? ConstructionContent,
    Guid? AssociationId,
    string? RecommenderName,
    string? RecommenderContact,
    string? ContactName,
    string? ContactPhone)
{
    public const int CreditCodeInputMaxLength = 64;

    /// <summary>The planned total as money (null when not given); <see cref="Normalised"/> has checked it.</summary>
    public Money? PlannedTotal => PlannedTotalInvestment is { } yuan ? Money.FromYuan(yuan) : null;

    /// <summary>The planned fixed-asset investment as money (null when not given).</summary>
    public Money? PlannedFixedAsset => PlannedFixedAssetInvestment is { } yuan ? Money.FromYuan(yuan) : null;

    /// <summary>
    /// True when the source region lies outside the mainland for investment purposes (港澳台 or abroad,
    /// <see cref="SourceRegionCodes.IsOutsideMainland"/>): the investor then needs no mainland credit code, though one given is still checked.
    /// The region alone decides; nothing a caller says overrides it.
    /// </summary>
    public bool OutsideMainland => SourceRegionCodes.IsOutsideMainland(SourceRegionCode);

    /// <summary>The band the planned total falls in.</summary>
    public ScaleBand? ScaleBand => PlannedTotal is { } total ? ScaleBands.Of(total) : null;

    /// <summary>
    /// The fields checked and normalised: texts trimmed (blank is none) within their lengths, the credit code upper-cased
    /// and checked, the phone normalised, known categories and stages, amounts in fen with fixed assets not above the total.
    /// Throws <see cref="DomainRuleException"/> on the first field that is wrong.
    /// </summary>
    public FilingDetails Normalised()
    {
        var projectName = Guard.OptionalText(ProjectName, Filing.ProjectNameMaxLength, "filing.field-invalid", "Project name");
        var investorName = Guard.OptionalText(InvestorName, Filing.InvestorNameMaxLength, "filing.field-invalid", "Investor name");
        var creditCodeText = Guard.OptionalText(CreditCode, CreditCodeInputMaxLength, "filing.credit-code-invalid", "Credit code");
        var creditCode = creditCodeText is null ? null : Filings.CreditCode.Parse(creditCodeText).Value;
        var region = Guard.OptionalText(SourceRegionCode, Filing.RegionCodeMaxLength, "filing.field-invalid", "Source region");
        if (Category is { } category && !Enum.IsDefined(category))
        {
            throw DomainRuleException.Invalid("filing.field-invalid", "Unknown project category.");
        }

        if (Stage is { } stage && !Enum.IsDefined(stage))
        {
            throw DomainRuleException.Invalid("filing.field-invalid", "Unknown project stage.");
        }

        var total = PlannedTotal;
        var fixedAssets = PlannedFixedAsset;
        if (total is { } tot && fixedAssets is { } fai && fai.Yuan > tot.Yuan)
        {
            throw DomainRuleException.Conflict("filing.fixed-asset-exceeds-total", "Planned fixed-asset investment cannot exceed the planned total investment.");
        }

        var content = Guard.OptionalMultiLineText(ConstructionContent, Filing.ConstructionContentMaxLength, "filing.field-invalid", "Construction content");
        var recommenderName = Guard.OptionalText(RecommenderName, Filing.PersonNameMaxLength, "filing.field-invalid", "Recommender name");
        var recommenderContact = Guard.OptionalText(RecommenderContact, Filing.RecommenderContactMaxLength, "filing.field-invalid", "Recommender contact");
        var contactName = Guard.OptionalText(ContactName, Filing.PersonNameMaxLength, "filing.field-invalid", "Contact name");
        var phoneText = Guard.OptionalText(ContactPhone, PhoneNumber.MaxLength, "filing.phone-invalid", "Contact phone");
        var phone = phoneText is null ? null : PhoneNumber.Parse(phoneText).Value;

        return this with
        {
            ProjectName = projectName,
            InvestorName = investorName,
            CreditCode = creditCode,
            SourceRegionCode = region,
            PlannedTotalInvestment = total?.Yuan,
            PlannedFixedAssetInvestment = fixedAssets?.Yuan,
            ConstructionContent = content,
            RecommenderName = recommenderName,
            RecommenderContact = recommenderContact,
            ContactName = contactName,
            ContactPhone = phone,
        };
    }

    /// <summary>The fields submission still needs (property names, in order), empty when the details are complete.</summary>
    public IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        void Need(bool present, string field)
        {
            if (!present)
            {
                missing.Add(field);
            }
        }

        Need(ProjectName is not null, nameof(ProjectName));
        Need(InvestorName is not null, nameof(InvestorName));
        Need(OutsideMainland || CreditCode is not null, nameof(CreditCode));
        Need(SourceRegionCode is not null, nameof(SourceRegionCode));
        Need(IndustryChainId is not null, nameof(IndustryChainId));
        Need(Category is not null, nameof(Category));
        Need(Stage is not null, nameof(Stage));
        Need(PlannedTotalInvestment is not null, nameof(PlannedTotalInvestment));
        Need(PlannedFixedAssetInvestment is not null, nameof(PlannedFixedAssetInvestment));
        Need(ConstructionContent is not null, nameof(ConstructionContent));
        Need(ContactName is not null, nameof(ContactName));
        Need(ContactPhone is not null, nameof(ContactPhone));
        return missing;
    }

    /// <summary>
    /// The amounts submission needs above zero (property names) that are given as 0, empty when none. A planned total of 0 is
    /// no plan: a draft may hold it while the figure is unknown, a submission may not. A fixed-asset investment of 0 is real.
    /// </summary>
    public IReadOnlyList<string> ZeroAmountFields() => PlannedTotalInvestment == 0 ? [nameof(PlannedTotalInvestment)] : [];

    /// <summary>Every field by its property name, in order, with the value the history shows (enums by name).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Snapshot() =>
    [
        new(nameof(ProjectName), ProjectName),
        new(nameof(InvestorName), InvestorName),
        new(nameof(CreditCode), CreditCode),
        new(nameof(SourceRegionCode), SourceRegionCode),
        new(nameof(IndustryChainId), IndustryChainId),
        new(nameof(Category), Category?.ToString()),
        new(nameof(Stage), Stage?.ToString()),
        new(nameof(PlannedTotalInvestment), PlannedTotalInvestment),
        new(nameof(PlannedFixedAssetInvestment), PlannedFixedAssetInvestment),
        new(nameof(ConstructionContent), ConstructionContent),
        new(nameof(AssociationId), AssociationId),
        new(nameof(RecommenderName), RecommenderName),
        new(nameof(RecommenderContact), RecommenderContact),
        new(nameof(ContactName), ContactName),
        new(nameof(ContactPhone), ContactPhone),
    ];

    /// <summary>The fields whose values differ in <paramref name="after"/>, in snapshot order, each with both values.</summary>
    public IReadOnlyList<FilingDetailsChange> ChangesTo(FilingDetails after)
    {
        var afterValues = after.Snapshot();
        return [.. Snapshot().Select((p, i) => new FilingDetailsChange(p.Key, p.Value, afterValues[i].Value)).Where(c => !Equals(c.Before, c.After))];
    }
}

/// <summary>One field an edit changed (<see cref="Field"/> is the <see cref="FilingDetails"/> property name).</summary>
public readonly record struct FilingDetailsChange(string Field, object? Before, object? After);
