namespace InvestPromo.Domain.Filings;

/// <summary>
/// The fields a filer writes (DOMAIN.md §1). A draft may leave any of them empty; submission needs them all but the
/// optional ones (credit code for a foreign investor, association, recommender).
/// </summary>
/// <param name="ForeignInvestor">True when the source region is a country abroad: the investor then has no credit code.</param>
public readonly record struct FilingData(
    string? ProjectName,
    string? InvestorName,
    bool ForeignInvestor,
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
    string? ContactPhone);
