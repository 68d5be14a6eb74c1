using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class FilingsTests(ApiFixture fixture) : ApiTest(fixture)
{
    public const string ValidCreditCode = "9143070276075021XN";

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

    private static string[] Actions(JsonElement filing) =>
        filing.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray();

    private async Task<int> FilingCountAsync() =>
        (await (await (await AdminAsync()).GetAsync("/api/filings?pageSize=1")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    /// <summary>Moves the shared clock forward to the next given weekday at this China time; returns the new now. Sign in again afterwards.</summary>
    private DateTimeOffset AdvanceTo(DayOfWeek day, int chinaHour)
    {
        var china = TimeSpan.FromHours(8);
        var now = Fixture.Clock.GetUtcNow().ToOffset(china);
        var target = new DateTimeOffset(now.Date, china).AddDays(1).AddHours(chinaHour);
        while (target.DayOfWeek != day)
        {
            target = target.AddDays(1);
        }

        Fixture.Clock.Advance(target - now);
        return Fixture.Clock.GetUtcNow();
    }

    [Fact]
    public async Task An_incomplete_draft_is_saved_with_its_creation_in_the_history()
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        var draft = await CreateAsync(filer, new { projectName = "只有名称的草稿" });

        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(0, draft.GetProperty("version").GetInt32());
        Assert.Equal(["Created"], Actions(draft));
        Assert.Equal("filer", draft.GetProperty("history")[0].GetProperty("actorName").GetString());
        Assert.Equal("张填报(武陵区)", draft.GetProperty("history")[0].GetProperty("actorDisplayName").GetString());
        var read = await (await filer.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal("只有名称的草稿", read.GetProperty("projectName").GetString());
        var mine = await (await filer.GetAsync("/api/filings")).AssertOkJsonAsync();
        Assert.Equal(1, mine.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_is_a_400_naming_every_missing_field_and_it_stays_a_draft()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var draft = await CreateAsync(filer, new { projectName = "只有名称的草稿", contactPhone = "13812345678" });

        var response = await filer.PostAsJsonAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}/submit", new { version = 0 });

        var errors = await response.AssertValidationProblemAsync(
            "investorName", "creditCode", "sourceRegionCode", "industryChainId", "category", "stage", "plannedTotalInvestment",
            "plannedFixedAssetInvestment", "constructionContent", "contactName");
        Assert.False(errors.TryGetProperty("contactPhone", out _));
        Assert.False(errors.TryGetProperty("projectName", out _));
        Assert.Contains("投资方名称", errors.GetProperty("investorName")[0].GetString(), StringComparison.Ordinal);
        var after = await (await filer.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal("Draft", after.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_full_flow_submit_return_edit_resubmit_approve_revoke_is_recorded_in_the_history()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await ChainIdAsync(filer);
        var draft = await CreateAsync(filer, CompleteBody(chain));
        Assert.Equal("From1BillionTo5Billion", draft.GetProperty("scaleBand").GetString());

        var submitted = await PostAsync(filer, draft, "submit");
        Assert.Equal("UnderReview", submitted.GetProperty("status").GetString());
        var returned = await PostAsync(reviewer, submitted, "return", new { reasons = "固定资产投资与协议不符,请核实。" });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal("固定资产投资与协议不符,请核实。", returned.GetProperty("returnReason").GetString());

        var body = CompleteBody(chain);
        body["plannedFixedAssetInvestment"] = 1_000_000_000m;
        body["version"] = returned.GetProperty("version").GetInt32();
        var edited = await (await filer.PutAsJsonAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}", body)).AssertOkJsonAsync();
        var resubmitted = await PostAsync(filer, edited, "submit");
        Assert.Equal("UnderReview", resubmitted.GetProperty("status").GetString());
        var approved = await PostAsync(reviewer, resubmitted, "approve");
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        var revoked = await PostAsync(reviewer, approved, "revoke", new { reason = "与鼎城区重复备案" });

        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        Assert.Equal("与鼎城区重复备案", revoked.GetProperty("revokedReason").GetString());
        Assert.Equal(["Created", "Submitted", "Returned", "Edited", "Resubmitted", "Approved", "Revoked"], Actions(revoked));
        var history = revoked.GetProperty("history");
        Assert.Equal("reviewer", history[2].GetProperty("actorName").GetString());
        Assert.Equal("李审核", history[2].GetProperty("actorDisplayName").GetString());
        Assert.Equal("固定资产投资与协议不符,请核实。", history[2].GetProperty("reason").GetString());
        using var changes = JsonDocument.Parse(history[3].GetProperty("changes").GetString()!);
        Assert.Equal(["plannedFixedAssetInvestment"], changes.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1_000_000_000m, changes.RootElement.GetProperty("plannedFixedAssetInvestment")[1].GetDecimal());

        // Everyone who reads sees the same history.
        var asFiler = await (await filer.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(7, asFiler.GetProperty("history").GetArrayLength());
    }

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
    public async Task A_Friday_submission_is_due_by_the_end_of_the_next_Wednesday_China_time()
    {
        var submittedAt = AdvanceTo(DayOfWeek.Friday, 10);
        var filer = await LoginAsync(DemoLogin.Filer);
        var draft = await CreateAsync(filer, CompleteBody(await ChainIdAsync(filer)));

        var submitted = await PostAsync(filer, draft, "submit");

        var friday = DateOnly.FromDateTime(submittedAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var wednesday = friday.AddDays(5);
        Assert.Equal(DayOfWeek.Wednesday, wednesday.DayOfWeek);
        Assert.Equal(wednesday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), submitted.GetProperty("reviewDueOn").GetString());
        var dueAt = submitted.GetProperty("reviewDueAt").GetDateTimeOffset();
        Assert.Equal(new DateTimeOffset(wednesday.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), dueAt);
        Assert.Equal(submittedAt, submitted.GetProperty("submittedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_filer_withdraws_a_filing_under_review_and_may_not_withdraw_it_twice()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var submitted = await PostAsync(filer, await CreateAsync(filer, CompleteBody(await ChainIdAsync(filer))), "submit");

        var withdrawn = await PostAsync(filer, submitted, "withdraw");

        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("reviewDueAt").ValueKind);
        var again = await filer.PostAsJsonAsync($"/api/filings/{withdrawn.GetProperty("id").GetGuid()}/withdraw", new { version = withdrawn.GetProperty("version").GetInt32() });
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "filing.not-under-review");
    }

    [Fact]
    public async Task Transitions_from_the_wrong_state_are_409s_with_stable_codes()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await ChainIdAsync(filer);
        var draft = await CreateAsync(filer, CompleteBody(chain));
        var id = draft.GetProperty("id").GetGuid();

        // A draft is the unit's own work: the center cannot even see it.
        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/approve", new { version = 0 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/return", new { version = 0, reasons = "x" })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await reviewer.GetAsync($"/api/filings/{id}")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await filer.PostAsJsonAsync($"/api/filings/{id}/withdraw", new { version = 0 })).AssertProblemAsync(HttpStatusCode.Conflict, "filing.not-under-review");

        var submitted = await PostAsync(filer, draft, "submit");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/revoke", new { version = submitted.GetProperty("version").GetInt32(), reason = "x" })).AssertProblemAsync(HttpStatusCode.Conflict, "filing.not-approved");
        var body = CompleteBody(chain, "改名");
        body["version"] = submitted.GetProperty("version").GetInt32();
        await (await filer.PutAsJsonAsync($"/api/filings/{id}", body)).AssertProblemAsync(HttpStatusCode.Conflict, "filing.not-editable");
        await (await filer.PostAsJsonAsync($"/api/filings/{id}/submit", new { version = submitted.GetProperty("version").GetInt32() })).AssertProblemAsync(HttpStatusCode.Conflict, "filing.not-submittable");
        var after = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("智能装备产业园", after.GetProperty("projectName").GetString());
        Assert.Equal(["Created", "Submitted"], Actions(after));
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
    public async Task A_stale_version_is_a_409_and_changes_nothing()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await ChainIdAsync(filer);
        var draft = await CreateAsync(filer, CompleteBody(chain));
        var id = draft.GetProperty("id").GetGuid();
        var body = CompleteBody(chain, "第一次修改");
        body["version"] = 0;
        await (await filer.PutAsJsonAsync($"/api/filings/{id}", body)).AssertStatusAsync(HttpStatusCode.OK);

        body["projectName"] = "基于旧版本的修改";
        await (await filer.PutAsJsonAsync($"/api/filings/{id}", body)).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await filer.PostAsJsonAsync($"/api/filings/{id}/submit", new { version = 0 })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        var submitted = await PostAsync(filer, await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync(), "submit");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/approve", new { version = submitted.GetProperty("version").GetInt32() - 1 })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var after = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("第一次修改", after.GetProperty("projectName").GetString());
        Assert.Equal("UnderReview", after.GetProperty("status").GetString());
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

    [Fact]
    public async Task A_foreign_investor_files_without_a_credit_code()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = CompleteBody(await ChainIdAsync(filer));
        body["creditCode"] = null;
        body["sourceRegionCode"] = "SG";

        var submitted = await PostAsync(filer, await CreateAsync(filer, body), "submit");

        Assert.Equal("UnderReview", submitted.GetProperty("status").GetString());
        Assert.True(submitted.GetProperty("foreignInvestor").GetBoolean());
    }

    public static TheoryData<string, string, object?, string> BadFields() => new()
    {
        { "a bad credit code check character", "creditCode", "9143070276075021XM", "creditCode" },
        { "a credit code with a forbidden letter", "creditCode", "9143070276075021SN", "creditCode" },
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
