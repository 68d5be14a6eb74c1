using System.Globalization;
using System.Text.RegularExpressions;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 11 item 1: the filing form's error texts follow one style and use the labels' words, whichever check finds the
/// fault (FluentValidation's built-in rules, the fields' own rules, or a submission's missing fields): in Chinese the field
/// as the form labels it between “”, full-width punctuation; in English a plain sentence.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed partial class FilingMessageTests(AppFixture fixture) : AppTest(fixture)
{
    /// <summary>The form's labels (client/src/i18n/zh-CN.json filings.*), less the unit suffix of the amounts.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["projectName"] = "项目名称",
        ["investorName"] = "投资方企业名称",
        ["creditCode"] = "统一社会信用代码",
        ["sourceRegionCode"] = "投资来源区域",
        ["industryChainId"] = "产业链",
        ["category"] = "项目类别",
        ["stage"] = "项目阶段",
        ["plannedTotalInvestment"] = "计划总投资",
        ["plannedFixedAssetInvestment"] = "计划固定资产投资",
        ["constructionContent"] = "建设内容",
        ["associationId"] = "引荐商协会",
        ["recommenderName"] = "引荐人",
        ["recommenderContact"] = "引荐人联系方式",
        ["contactName"] = "联系人",
        ["contactPhone"] = "联系电话",
    };

    [Fact]
    public async Task A_draft_without_a_project_name_is_asked_for_it_in_the_style_of_every_missing_field()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, new Draft { InvestorName = "某公司" }));
        Assert.Equal("请填写“项目名称”。", Assert.Single(refused.Errors["projectName"]));

        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        var english = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, new Draft { InvestorName = "某公司" }));
        Assert.Equal("Project name is required.", Assert.Single(english.Errors["projectName"]));
    }

    [Fact]
    public async Task A_submission_names_every_missing_field_by_its_label_at_once()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var draft = await CreateAsync(Filer, new Draft { ProjectName = "只有名称" });

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, draft));

        // Every field a submission needs but the project name (a draft has it): 11, with the credit code (no region, so not outside the mainland).
        Assert.Equal(11, refused.Errors.Count);
        Assert.All(refused.Errors, e => Assert.Equal($"请填写“{Labels[e.Key]}”。", Assert.Single(e.Value)));

        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        var english = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, draft));
        Assert.Equal("Investor enterprise is required.", Assert.Single(english.Errors["investorName"]));
    }

    [Fact]
    public async Task Every_bad_field_is_named_by_its_label_with_full_width_punctuation()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var bad = new Draft
        {
            ProjectName = new string('项', Filing.ProjectNameMaxLength + 1),
            InvestorName = "某\t公司",
            CreditCode = "91430702760750218N",
            SourceRegionCode = "999999",
            IndustryChainId = Guid.NewGuid(),
            Category = (ProjectCategory)99,
            Stage = (ProjectStage)99,
            PlannedTotalInvestment = 1.001m,
            PlannedFixedAssetInvestment = -1m,
            ConstructionContent = "建设\u202e内容",
            AssociationId = Guid.NewGuid(),
            RecommenderName = new string('李', Filing.PersonNameMaxLength + 1),
            RecommenderContact = "电话\u0007",
            ContactName = "王\u0000",
            ContactPhone = "12345",
        };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, bad));

        Assert.Equal(Labels.Keys.Order(StringComparer.Ordinal), refused.Errors.Keys.Order(StringComparer.Ordinal));
        foreach (var (field, messages) in refused.Errors)
        {
            Assert.All(messages, m =>
            {
                Assert.Contains($"“{Labels[field]}”", m, StringComparison.Ordinal);
                Assert.False(HalfWidthBesideChinese().IsMatch(m), $"half-width punctuation in {m}");
                Assert.EndsWith("。", m, StringComparison.Ordinal);
            });
        }

        Assert.Equal($"“项目名称”不能超过 {Filing.ProjectNameMaxLength} 个字符（已输入 {Filing.ProjectNameMaxLength + 1} 个）。", refused.Errors["projectName"][0]);
    }

    [Fact]
    public void Every_built_in_message_names_the_field_in_both_languages_in_the_one_style()
    {
        var messages = new ValidationMessages();
        foreach (var key in ValidationMessages.Keys)
        {
            var zh = messages.GetString(key, new CultureInfo("zh-CN"));
            var en = messages.GetString(key, new CultureInfo("en-US"));
            Assert.StartsWith(key is "NotEmptyValidator" or "NotNullValidator" ? "请填写“{PropertyName}”" : "“{PropertyName}”", zh, StringComparison.Ordinal);
            Assert.False(HalfWidthBesideChinese().IsMatch(zh), zh);
            Assert.StartsWith("{PropertyName} ", en, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", en);
            Assert.Equal(zh, messages.GetString(key, new CultureInfo("zh")));
            Assert.Equal(en, messages.GetString(key, new CultureInfo("en")));
        }
    }

    /// <summary>A half-width , ; : ? ! ( ) next to a Chinese character (or the quotes FluentValidation uses by default).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}”][,;:?!()]|[,;:?!()][\p{IsCJKUnifiedIdeographs}“]|'")]
    private static partial Regex HalfWidthBesideChinese();
}
