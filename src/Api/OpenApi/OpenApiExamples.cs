using System.Text.Json;
using System.Text.Json.Nodes;
using InvestPromo.Api.Endpoints;
using InvestPromo.Application.ApiKeys;
using InvestPromo.Application.ApiKeys.Commands.CreateApiKey;
using InvestPromo.Application.Auth.Commands.Login;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Objections;
using InvestPromo.Application.Publications;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace InvestPromo.Api.OpenApi;

/// <summary>
/// One example per main body, written as the typed request or answer itself and serialised with the API's own JSON options,
/// so an example cannot drift from its schema (a test validates each against its schema too). Realistic data of the demo city
/// (常德市: 武陵区, 鼎城区; chains such as 新能源). A new example: one entry in <see cref="Examples"/>.
/// </summary>
public sealed class OpenApiExamples(IOptions<JsonOptions> json) : ISchemaFilter, IOperationFilter
{
    private static readonly Guid FilingId = Guid.Parse("01938a52-7c4e-7d3a-9f21-4b5c6d7e8f90");
    private static readonly Guid WulingUnit = Guid.Parse("01938a52-1531-7e05-97ba-ce99efd72ae2");
    private static readonly Guid EnergyChain = Guid.Parse("01938a52-1612-7210-b434-a71e2a6aff32");
    private static readonly Guid Reviewer = Guid.Parse("01938a52-1ebe-7eb5-bab4-7a5f37d99c99");
    private static readonly Guid Filer = Guid.Parse("01938a52-1ebe-7d11-8c3a-2f4e5d6c7b8a");
    private static readonly string CreditCodeExample = "91440300MA5F1C2D7" + CreditCode.CheckCharacter("91440300MA5F1C2D7");
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 2, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Submitted = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Approved = new(2026, 11, 25, 1, 40, 0, TimeSpan.Zero);

    /// <summary>The example of each type, as the API writes it.</summary>
    private static readonly Dictionary<Type, Func<object>> Examples = new()
    {
        [typeof(CreateFilingDraftCommand)] = () => new CreateFilingDraftCommand
        {
            ProjectName = "新能源电池材料项目",
            InvestorName = "深圳市新锐能源科技有限公司",
            CreditCode = CreditCodeExample,
            SourceRegionCode = "440300",
            IndustryChainId = EnergyChain,
            Category = ProjectCategory.Industrial,
            Stage = ProjectStage.Signed,
            PlannedTotalInvestment = 620_000_000.00m,
            PlannedFixedAssetInvestment = 480_000_000.00m,
            ConstructionContent = "年产 5 万吨正极材料生产线及配套研发中心",
            ContactName = "王敏",
            ContactPhone = "13907360123",
        },
        [typeof(UpdateFilingRequest)] = () => new UpdateFilingRequest
        {
            ProjectName = "新能源电池材料项目",
            InvestorName = "深圳市新锐能源科技有限公司",
            CreditCode = CreditCodeExample,
            SourceRegionCode = "440300",
            IndustryChainId = EnergyChain,
            Category = ProjectCategory.Industrial,
            Stage = ProjectStage.Started,
            PlannedTotalInvestment = 650_000_000.00m,
            PlannedFixedAssetInvestment = 500_000_000.00m,
            ConstructionContent = "年产 5 万吨正极材料生产线及配套研发中心",
            ContactName = "王敏",
            ContactPhone = "13907360123",
            Version = 2,
        },
        [typeof(VersionRequest)] = () => new VersionRequest(3),
        [typeof(ReturnFilingRequest)] = () => new ReturnFilingRequest(3, "请补充投资协议扫描件，并核实计划固定资产投资金额。"),
        [typeof(RevokeFilingRequest)] = () => new RevokeFilingRequest(4, "投资方已书面终止合作协议，项目不再实施。"),
        [typeof(FilingDto)] = () => Filing(),
        [typeof(PagedList<FilingListItemDto>)] = () => new PagedList<FilingListItemDto>(
            [
                new FilingListItemDto(
                    FilingId, WulingUnit, "武陵区", "新能源电池材料项目", "深圳市新锐能源科技有限公司", "440300", EnergyChain,
                    ProjectCategory.Industrial, ProjectStage.Signed, 620_000_000.00m, ScaleBand.From100MillionTo1Billion, FilingStatus.Approved,
                    Submitted, null, null, false, false, false, 4, Created),
                new FilingListItemDto(
                    Guid.Parse("01938a52-7c4e-7d3a-9f21-4b5c6d7e8f91"), Guid.Parse("01938a52-159d-7c98-9229-07b340771d40"), "鼎城区",
                    "冷链物流园", "上海冷运供应链管理有限公司", "310000", Guid.Parse("01938a52-1612-7c65-97b2-0c047c8cac10"),
                    ProjectCategory.Service, ProjectStage.Negotiating, 320_000_000.00m, ScaleBand.From100MillionTo1Billion, FilingStatus.UnderReview,
                    Submitted, new DateOnly(2026, 11, 26), new DateTimeOffset(2026, 11, 26, 15, 59, 59, TimeSpan.Zero), false, false, false, 1, Created),
            ],
            1,
            20,
            137),
        [typeof(HttpValidationProblemDetails)] = () => ValidationProblem(),
        [typeof(Microsoft.AspNetCore.Mvc.ProblemDetails)] = () => new Dictionary<string, object?>
        {
            ["type"] = "https://httpstatuses.io/409",
            ["title"] = "该项目不在审核中。",
            ["status"] = 409,
            ["detail"] = "该项目不在审核中。",
            ["instance"] = $"/api/filings/{FilingId}/approve",
            ["code"] = "filing.not-under-review",
            ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        },
        [typeof(LoginCommand)] = () => new LoginCommand("filer", "Filer#2026-Demo", false),
        [typeof(CurrentUserDto)] = () => new CurrentUserDto(Filer, "filer", "张填报", ["Filer"], WulingUnit, "武陵区"),
        [typeof(CreateApiKeyCommand)] = () => new CreateApiKeyCommand("省投资项目在线审批监管平台", ApiKeyScope.ReadOnly, new DateTimeOffset(2027, 12, 31, 16, 0, 0, TimeSpan.Zero)),
        [typeof(CreatedApiKeyDto)] = () => new CreatedApiKeyDto(
            new ApiKeyDto(
                Guid.Parse("01938a52-78e4-7175-8126-fc60cd38d5b1"), "省投资项目在线审批监管平台", "ipk_vkwuxxbe", ApiKeyScope.ReadOnly, false,
                ApiKeyStatus.Active, Created, "admin", null, new DateTimeOffset(2027, 12, 31, 16, 0, 0, TimeSpan.Zero), null, null, 0),
            "ipk_vkwuxxbe3sc6xaflc7riay5si5b2vbi6qf6vvcnf"),
        [typeof(LodgedObjectionDto)] = () => new LodgedObjectionDto(
            "K7QX-2026-4F9M-8C2D", new DateTimeOffset(2026, 12, 1, 2, 5, 0, TimeSpan.Zero), ObjectionStatus.Pending, "新能源电池材料项目",
            "2026年第5期", new DateOnly(2026, 12, 7)),
        [typeof(ObjectionReceiptRequest)] = () => new ObjectionReceiptRequest("K7QX-2026-4F9M-8C2D"),
        [typeof(PublicationDto)] = () => new PublicationDto(
            Guid.Parse("01938a52-4123-74fc-a93e-eacd6a62942e"), 2026, 5, "2026年第5期", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29),
            new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero), new DateOnly(2026, 11, 30), 5, new DateOnly(2026, 12, 7), 2, true,
            [
                new PublicationEntryDto(
                    Guid.Parse("01938a52-4123-7b35-9d00-369474e3c285"), 1, "新能源电池材料项目", "深圳市新锐能源科技有限公司", "武陵区", "新能源与储能",
                    "广东省", 620_000_000.00m, ProjectStage.Signed, PublicationEntryStatus.Listed),
                new PublicationEntryDto(
                    Guid.Parse("01938a52-4123-7b35-9d00-369474e3c286"), 2, "绿色食品精深加工项目", "湖北楚味食品股份有限公司", "鼎城区", "绿色食品加工",
                    "湖北省", 80_000_000.00m, ProjectStage.Completed, PublicationEntryStatus.UnderReReview),
            ]),
    };

    /// <summary>Multipart bodies have no type of their own: their examples by operation.</summary>
    private static readonly Dictionary<string, Func<object>> FormExamples = new(StringComparer.Ordinal)
    {
        ["LodgeObjection"] = () => new Dictionary<string, object?>
        {
            ["objectorName"] = "刘建国",
            ["contact"] = "13807361234",
            ["text"] = "该项目选址位于柳叶湖生态保护范围内，与公示的建设内容不符，请复核。",
        },
    };

    /// <summary>The types that have an example (the test validates each against its schema).</summary>
    public static IReadOnlyCollection<Type> Types => Examples.Keys;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [ToNode(example())!];
        }
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is not null && FormExamples.TryGetValue(name, out var example)
            && operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) == true && form is OpenApiMediaType media)
        {
            media.Example = ToNode(example());
        }
    }

    private JsonNode? ToNode(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions);

    private static FilingDto Filing() => new(
        Id: FilingId,
        UnitId: WulingUnit,
        ProjectName: "新能源电池材料项目",
        InvestorName: "深圳市新锐能源科技有限公司",
        ForeignInvestor: false,
        CreditCode: CreditCodeExample,
        SourceRegionCode: "440300",
        IndustryChainId: EnergyChain,
        Category: ProjectCategory.Industrial,
        Stage: ProjectStage.Signed,
        PlannedTotalInvestment: 620_000_000.00m,
        PlannedFixedAssetInvestment: 480_000_000.00m,
        ScaleBand: ScaleBand.From100MillionTo1Billion,
        ConstructionContent: "年产 5 万吨正极材料生产线及配套研发中心",
        AssociationId: null,
        RecommenderName: null,
        RecommenderContact: null,
        ContactName: "王敏",
        ContactPhone: "13907360123",
        Status: FilingStatus.Approved,
        SubmittedAt: Submitted,
        ReviewDueOn: null,
        ReviewDueAt: null,
        ReviewDueProvisional: false,
        DecidedAt: Approved,
        DecidedBy: Reviewer,
        ReturnReason: null,
        RevokedReason: null,
        Version: 4,
        CreatedAt: Created,
        AttachmentCount: 1,
        History:
        [
            new FilingHistoryDto(Guid.Parse("01938a52-7c4f-7442-838c-3c13204160ac"), Created, Filer, "filer", FilingAction.Created, null, null) { ActorDisplayName = "张填报" },
            new FilingHistoryDto(Guid.Parse("01938a52-7c4f-7360-8254-a222b9555d12"), Submitted, Filer, "filer", FilingAction.Submitted, null, null) { ActorDisplayName = "张填报" },
            new FilingHistoryDto(Guid.Parse("01938a52-7c4f-7608-b91a-5da5607d3667"), Approved, Reviewer, "reviewer", FilingAction.Approved, null, null) { ActorDisplayName = "李审核" },
        ]);

    private static Dictionary<string, object?> ValidationProblem() => new()
    {
        ["type"] = "https://httpstatuses.io/400",
        ["title"] = "提交的数据有误，请检查标出的字段。",
        ["status"] = 400,
        ["detail"] = "提交的数据有误，请检查标出的字段。",
        ["instance"] = "/api/filings",
        ["errors"] = new Dictionary<string, string[]>
        {
            ["projectName"] = ["请填写“项目名称”。"],
            ["creditCode"] = ["“统一社会信用代码”应为 18 位。"],
        },
        ["code"] = "validation.failed",
        ["traceId"] = "29e59e1e2243d9efb2f3a08b01d46984",
    };
}
