using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Messages follow Accept-Language: Simplified Chinese by default, English on request.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed partial class LocalisationTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en")]
    public async Task A_validation_failure_is_explained_in_English_when_English_is_asked_for(string language)
    {
        var admin = await AdminAsync();

        var response = await admin.PostRawJsonAsync("/api/units", "{}", language);

        var errors = await response.AssertValidationProblemAsync("code", "name");
        var messages = Messages(errors);
        Assert.All(messages, m => Assert.False(HasChinese(m), $"Not English: {m}"));
        Assert.Contains(messages, m => m.Contains("Name", StringComparison.Ordinal));
        var body = await response.ReadJsonAsync();
        Assert.Equal("One or more fields are invalid.", body.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData(null)]
    public async Task A_validation_failure_is_explained_in_Chinese_by_default_and_when_Chinese_is_asked_for(string? language)
    {
        var admin = await AdminAsync();

        var response = await admin.PostRawJsonAsync("/api/units", "{}", language);

        var errors = await response.AssertValidationProblemAsync("code", "name");
        var messages = Messages(errors);
        Assert.All(messages, m => Assert.True(HasChinese(m), $"Not Chinese: {m}"));
        Assert.Contains(messages, m => m.Contains("名称", StringComparison.Ordinal));
        var body = await response.ReadJsonAsync();
        Assert.True(HasChinese(body.GetProperty("title").GetString()!));
    }

    [Fact]
    public async Task Domain_rule_and_sign_in_messages_follow_the_language_too()
    {
        var admin = await AdminAsync();

        var english = await (await admin.PostRawJsonAsync("/api/units", """{"code": "430702", "name": "武陵区", "kind": "County"}""", "en-US"))
            .AssertProblemAsync(HttpStatusCode.Conflict, "unit.code-taken");
        var chinese = await (await admin.PostRawJsonAsync("/api/units", """{"code": "430702", "name": "武陵区", "kind": "County"}"""))
            .AssertProblemAsync(HttpStatusCode.Conflict, "unit.code-taken");
        var signIn = await (await Fixture.CreateClient().PostRawJsonAsync("/api/auth/login", """{"userName": "admin", "password": "nope"}""", "en-US"))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid-credentials");

        Assert.Equal("The unit code is already in use.", english.GetProperty("detail").GetString());
        Assert.Equal("单位编码已存在。", chinese.GetProperty("detail").GetString());
        Assert.Equal("Wrong user name or password.", signIn.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_field_type_is_explained_in_the_callers_language()
    {
        var admin = await AdminAsync();

        var english = Messages(await (await admin.PostRawJsonAsync("/api/units", """{"code": "X", "name": "x", "kind": 3}""", "en-US")).AssertValidationProblemAsync("kind"));
        var chinese = Messages(await (await admin.PostRawJsonAsync("/api/units", """{"code": "X", "name": "x", "kind": 3}""", "zh-CN")).AssertValidationProblemAsync("kind"));

        Assert.All(english, m => Assert.False(HasChinese(m), m));
        Assert.All(chinese, m => Assert.True(HasChinese(m), m));
    }

    [Theory]
    [InlineData("zh-CN", "请填写“项目名称”。", "“投资方企业名称”不能超过 200 个字符（已输入 201 个）。")]
    [InlineData("en-US", "Project name is required.", "Investor enterprise must be at most 200 characters (you entered 201).")]
    public async Task Built_in_validation_messages_name_the_field_by_its_form_label_in_the_one_style(string language, string required, string tooLong)
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        var response = await filer.PostRawJsonAsync("/api/filings", $$"""{"investorName": "{{new string('x', 201)}}"}""", language);

        var errors = await response.AssertValidationProblemAsync("projectName", "investorName");
        Assert.Equal(required, errors.GetProperty("projectName")[0].GetString());
        Assert.Equal(tooLong, errors.GetProperty("investorName")[0].GetString());
    }

    private static List<string> Messages(JsonElement errors) =>
        errors.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(m => m.GetString()!).ToList();

    private static bool HasChinese(string text) => Cjk().IsMatch(text);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
