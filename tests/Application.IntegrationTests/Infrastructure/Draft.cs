using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Commands.UpdateFilingDraft;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.IntegrationTests.Infrastructure;

/// <summary>
/// A filing's fields as a test writes them (<c>draft with { CreditCode = null }</c>). The only place that knows the shape of
/// the create and update commands: when they change, this file changes and the tests do not.
/// </summary>
public sealed record Draft
{
    public const string ValidCreditCode = "9143070276075021XN";

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

    /// <summary>Every field a submission needs (the API tests' <c>CompleteBody</c>).</summary>
    public static Draft Complete(Guid chainId, string projectName = "智能装备产业园", decimal total = 1_500_000_000m) => new()
    {
        ProjectName = projectName,
        InvestorName = "湖南某某科技有限公司",
        CreditCode = ValidCreditCode,
        SourceRegionCode = "440000",
        IndustryChainId = chainId,
        Category = ProjectCategory.Industrial,
        Stage = ProjectStage.Signed,
        PlannedTotalInvestment = total,
        PlannedFixedAssetInvestment = total / 2,
        ConstructionContent = "建设厂房及智能化生产线",
        RecommenderName = "李引荐",
        RecommenderContact = "13912345678",
        ContactName = "王联系",
        ContactPhone = "0736-7654321",
    };

    public CreateFilingDraftCommand ToCreateCommand() => new(
        ProjectName, InvestorName, CreditCode, SourceRegionCode, IndustryChainId, Category, Stage, PlannedTotalInvestment,
        PlannedFixedAssetInvestment, ConstructionContent, AssociationId, RecommenderName, RecommenderContact, ContactName, ContactPhone);

    public UpdateFilingDraftCommand ToUpdateCommand(Guid id, int version) => new(
        id, ProjectName, InvestorName, CreditCode, SourceRegionCode, IndustryChainId, Category, Stage, PlannedTotalInvestment,
        PlannedFixedAssetInvestment, ConstructionContent, AssociationId, RecommenderName, RecommenderContact, ContactName, ContactPhone, version);
}
