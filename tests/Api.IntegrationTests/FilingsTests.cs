using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class FilingsTests(ApiFixture fixture) : ApiTest(fixture)
{
    public const string ValidCreditCode = "91430702760750218M";

    /// <summary>A complete filing body (every field a submission needs), as a mutable dictionary so tests can change one field.</summary>
    public static Dictionary<string, object?> CompleteBody(Guid chainId, string projectName = "智能装备产业园", decimal total = 1_500_000_000m) => new()
    {
        ["projectName"] = projectName,
        ["investorName"] = "湖南某某科技有限公司",
        ["creditCode"] = ValidCreditCode,
        ["sourceRegionCode"] = "440000",
        ["industryChainId"] = chainId,
        ["category"] = "Industrial",
        ["stage"] = "Signed",
        ["plannedTotalInvestment"] = total,
        ["plannedFixedAssetInvestment"] = total / 2,
        ["constructionContent"] = "建设厂房及智能化生产线",
        ["associationId"] = null,
        ["recommenderName"] = "李引荐",
        ["recommenderContact"] = "13912345678",
        ["contactName"] = "王联系",
        ["contactPhone"] = "0736-7654321",
    };

    public static async Task<Guid> ChainIdAsync(HttpClient client, string code = "EQUIP")
    {
        var chains = await (await client.GetAsync("/api/industry-chains")).AssertOkJsonAsync();
        return chains.EnumerateArray().Single(c => c.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CreateAsync(HttpClient filer, object body) =>
        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertOkJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> PostAsync(HttpClient client, JsonElement filing, string action, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["version"] = filing.GetProperty("version").GetInt32() };
        if (extra is not null)
        {
            foreach (var p in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                body[p.Name] = p.Value;
            }
        }

        return await (await client.PostAsJsonAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}/{action}", body)).AssertOkJsonAsync();
    }

    private async Task<int> FilingCountAsync() =>
        (await (await (await AdminAsync()).GetAsync("/api/filings?pageSize=1")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task The_history_names_people_by_their_current_display_name_and_keeps_the_account_name()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var draft = await CreateAsync(filer, new { projectName = "改名测试" });
        var admin = await AdminAsync();
        var user = await UserByNameAsync(admin, "filer");
        await (await admin.PutAsJsonAsync($"/api/users/{user.GetProperty("id").GetGuid()}", new
        {
            displayName = "张三(武陵区招商局)",
            role = "Filer",
            unitId = user.GetProperty("unitId").GetGuid(),
            email = (string?)null,
            phoneNumber = (string?)null,
            isActive = true,
            version = user.GetProperty("version").GetInt32(),
        })).AssertOkJsonAsync();

        var read = await (await filer.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        var created = read.GetProperty("history")[0];
        Assert.Equal("张三(武陵区招商局)", created.GetProperty("actorDisplayName").GetString());
        Assert.Equal("filer", created.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Returning_without_reasons_or_revoking_without_a_reason_is_a_400_field_error()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var submitted = await PostAsync(filer, await CreateAsync(filer, CompleteBody(await ChainIdAsync(filer))), "submit");
        var id = submitted.GetProperty("id").GetGuid();
        var version = submitted.GetProperty("version").GetInt32();

        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/return", new { version, reasons = "  " })).AssertValidationProblemAsync("reasons");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/return", new { version, reasons = new string('因', 1001) })).AssertValidationProblemAsync("reasons");
        var approved = await PostAsync(reviewer, submitted, "approve");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/revoke", new { version = approved.GetProperty("version").GetInt32() })).AssertValidationProblemAsync("reason");
        Assert.Equal("Approved", (await (await reviewer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_units_filer_gets_404_and_never_sees_the_filing_in_lists()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await ChainIdAsync(filer);
        var draft = await CreateAsync(filer, CompleteBody(chain));
        var id = draft.GetProperty("id").GetGuid();
        var body = CompleteBody(chain, "他人修改");
        body["version"] = 0;

        await (await filer2.GetAsync($"/api/filings/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PutAsJsonAsync($"/api/filings/{id}", body)).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PostAsJsonAsync($"/api/filings/{id}/submit", new { version = 0 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var list = await (await filer2.GetAsync($"/api/filings?unitId={draft.GetProperty("unitId").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
        await PostAsync(filer, draft, "submit");
        await (await filer2.PostAsJsonAsync($"/api/filings/{id}/withdraw", new { version = 1 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var after = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("智能装备产业园", after.GetProperty("projectName").GetString());
        Assert.Equal("UnderReview", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reviewers_and_keys_cannot_file_and_filers_cannot_decide()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var admin = await AdminAsync();
        var body = CompleteBody(await ChainIdAsync(filer));

        await (await reviewer.PostAsJsonAsync("/api/filings", body)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await (await Fixture.ApiKeyClientAsync("ReadOnly", admin)).PostAsJsonAsync("/api/filings", body)).AssertProblemAsync(HttpStatusCode.Forbidden, "auth.api-key-read-only");
        await (await (await Fixture.ApiKeyClientAsync("ReadWrite", admin)).PostAsJsonAsync("/api/filings", body)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var submitted = await PostAsync(filer, await CreateAsync(filer, body), "submit");
        await (await filer.PostAsJsonAsync($"/api/filings/{submitted.GetProperty("id").GetGuid()}/approve", new { version = 1 })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(1, await FilingCountAsync());
    }

    [Fact]
    public async Task Integrators_read_every_units_filings()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await ChainIdAsync(filer);
        await PostAsync(filer, await CreateAsync(filer, CompleteBody(chain, "武陵项目")), "submit");
        var other = await PostAsync(filer2, await CreateAsync(filer2, CompleteBody(chain, "鼎城项目")), "submit");
        var draft = await CreateAsync(filer2, CompleteBody(chain, "鼎城草稿"));
        var key = await Fixture.ApiKeyClientAsync("ReadOnly", await AdminAsync());

        var list = await (await key.GetAsync("/api/filings")).AssertOkJsonAsync();

        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        await (await key.GetAsync($"/api/filings/{other.GetProperty("id").GetGuid()}")).AssertStatusAsync(HttpStatusCode.OK);
        await (await key.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertStatusAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await (await filer.GetAsync("/api/filings")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32());
        Assert.Equal(2, (await (await filer2.GetAsync("/api/filings")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32());
    }

    public static TheoryData<string, string, object?, string> BadFields() => new()
    {
        { "a bad credit code check character", "creditCode", "91430702760750218N", "creditCode" },
        { "a credit code with a forbidden letter", "creditCode", "914307027607502S8M", "creditCode" },
        { "the all-zero credit code (no authority 0)", "creditCode", "000000000000000000", "creditCode" },
        { "a credit code whose organisation code's check character is wrong", "creditCode", "91350100M000100Y56", "creditCode" },
        { "a credit code with a letter in its division code", "creditCode", "914307A2760750218M", "creditCode" },
        { "a right-to-left override in the project name (issue 9 item 7)", "projectName", "\u202eevil", "projectName" },
        { "a tab in the project name", "projectName", "智能装备\t产业园", "projectName" },
        { "a line break in the investor name", "investorName", "湖南某某\n科技有限公司", "investorName" },
        { "a C1 control in the contact name", "contactName", "王\u0085联系", "contactName" },
        { "a bidi isolate in the construction content", "constructionContent", "建设厂房\r\n\u2066及生产线", "constructionContent" },
        { "a lone carriage return in the construction content", "constructionContent", "建设厂房\r及生产线", "constructionContent" },
        { "a negative amount", "plannedTotalInvestment", -1m, "plannedTotalInvestment" },
        { "a fraction of a fen", "plannedTotalInvestment", 1.001m, "plannedTotalInvestment" },
        { "fixed assets above the total", "plannedFixedAssetInvestment", 1_500_000_000.01m, "plannedFixedAssetInvestment" },
        { "an unknown region", "sourceRegionCode", "999999", "sourceRegionCode" },
        { "an unknown chain", "industryChainId", Guid.NewGuid(), "industryChainId" },
        { "an unknown association", "associationId", Guid.NewGuid(), "associationId" },
        { "a bad phone", "contactPhone", "12345", "contactPhone" },
        { "an unknown category", "category", "Mining", "category" },
        { "a number for a stage", "stage", 2, "stage" },
        { "no project name", "projectName", " ", "projectName" },
        { "a project name over 200 characters", "projectName", new string('名', 201), "projectName" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_is_a_400_naming_the_field_and_saves_nothing(string why, string field, object? value, string errorField)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await ChainIdAsync(filer);
        var body = CompleteBody(chain);
        body[field] = value;

        var response = await filer.PostAsJsonAsync("/api/filings", body);

        await response.AssertValidationProblemAsync(errorField);
        Assert.Equal(0, await FilingCountAsync());

        // The same value in an update of an existing draft changes nothing either.
        var draft = await CreateAsync(filer, CompleteBody(chain));
        body["version"] = 0;
        await (await filer.PutAsJsonAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}", body)).AssertValidationProblemAsync(errorField);
        var after = await (await filer.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(0, after.GetProperty("version").GetInt32());
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public async Task A_lower_case_credit_code_is_accepted_and_stored_upper_cased()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = CompleteBody(await ChainIdAsync(filer));
        body["creditCode"] = ValidCreditCode.ToLowerInvariant();

        var draft = await CreateAsync(filer, body);

        Assert.Equal(ValidCreditCode, draft.GetProperty("creditCode").GetString());
    }
}
