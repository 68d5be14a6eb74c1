using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Commands.UpdateFilingDraft;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.IntegrationTests.Infrastructure;

/// <summary>
/// A filing's fields as a test writes them (<c>draft with { CreditCode = null }</c>): the request shape the create and update
/// commands derive from, so this file names the commands and the tests do not.
/// </summary>
public sealed record Draft : FilingFieldsRequest
{
    public const string ValidCreditCode = "91430702760750218M";

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

    public CreateFilingDraftCommand ToCreateCommand() => new(this);

    public UpdateFilingDraftCommand ToUpdateCommand(Guid id, int version) => new(id, this, version);
}
