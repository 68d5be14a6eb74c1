using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Issue 9 item 7: control characters and bidirectional overrides in text fields are a 400 naming the field and store
/// nothing; multi-line fields keep their line breaks as written.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class TextInputTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_project_name_with_a_right_to_left_override_is_a_400_naming_it_and_nothing_is_stored()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), projectName: "\u202eevil");

        var errors = await (await filer.PostAsJsonAsync("/api/filings", body)).AssertValidationProblemAsync("projectName");

        Assert.Single(errors.EnumerateObject());
        var list = await (await filer.GetAsync("/api/filings?pageSize=100")).AssertOkJsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), f => f.GetProperty("projectName").GetString()!.Contains('\u202e', StringComparison.Ordinal));
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_return_reason_written_on_several_lines_comes_back_as_written()
    {
        const string Reasons = "1. 投资方名称与营业执照不符;\r\n2. 计划总投资请以万元核对;\n3. 补充签约协议。";
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var submitted = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer))), "submit");

        var returned = await FilingsTests.PostAsync(reviewer, submitted, "return", new { reasons = Reasons });

        Assert.Equal(Reasons, returned.GetProperty("returnReason").GetString());
        var read = await (await filer.GetAsync($"/api/filings/{submitted.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(Reasons, read.GetProperty("returnReason").GetString());
    }

    [Theory]
    [InlineData("请补充\u202e附件")]
    [InlineData("请补充\t附件")]
    [InlineData("请补充\r附件")]
    [InlineData("请补充\u0000附件")]
    public async Task A_return_reason_with_another_control_or_a_bidi_override_is_a_400_and_the_filing_stays_under_review(string reasons)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var submitted = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer))), "submit");
        var id = submitted.GetProperty("id").GetGuid();

        await (await reviewer.PostAsJsonAsync($"/api/filings/{id}/return", new { version = submitted.GetProperty("version").GetInt32(), reasons }))
            .AssertValidationProblemAsync("reasons");

        Assert.Equal("UnderReview", (await (await reviewer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync()).GetProperty("status").GetString());
    }

    public static TheoryData<string, string, string> AdminBodies() => new()
    {
        // route, JSON body with a {0} where the bad text goes, the field named
        { "/api/units", """{"code":"TXT1","name":"{0}","kind":"Park"}""", "name" },
        { "/api/units", """{"code":"TXT2","name":"文本园区","kind":"Park","description":"{0}"}""", "description" },
        { "/api/industry-chains", """{"code":"TXT","name":"{0}","sortOrder":900}""", "name" },
        { "/api/industry-chains", """{"code":"TXT","name":"文本链","nameEn":"{0}","sortOrder":900}""", "nameEn" },
        { "/api/industry-chains", """{"code":"TXT","name":"文本链","group":"{0}","sortOrder":900}""", "group" },
        { "/api/associations", """{"name":"{0}","kind":"AlumniAssociation"}""", "name" },
        { "/api/api-keys", """{"name":"{0}","scope":"ReadOnly"}""", "name" },
        { "/api/users", """{"userName":"txt","displayName":"{0}","password":"Matrix#2026-Pass","role":"Leader"}""", "displayName" },
    };

    [Theory]
    [MemberData(nameof(AdminBodies))]
    public async Task An_admin_record_whose_text_holds_a_bidi_override_or_a_control_is_a_400_naming_the_field(string route, string template, string field)
    {
        var admin = await AdminAsync();
        var before = await CountAsync(admin, route);
        foreach (var bad in new[] { "\\u202e名称", "名\\u2067称", "名\\t称", "名\\u007f称", "名\\u009f称" })
        {
            using var content = new StringContent(template.Replace("{0}", bad, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
            await (await admin.PostAsync(route, content)).AssertValidationProblemAsync(field);
        }

        Assert.Equal(before, await CountAsync(admin, route));
    }

    /// <summary>How many records the admin list holds (a plain array, or a page's total).</summary>
    private static async Task<int> CountAsync(HttpClient admin, string route)
    {
        var list = await (await admin.GetAsync(route + "?includeInactive=true&pageSize=200")).AssertOkJsonAsync();
        return list.ValueKind == System.Text.Json.JsonValueKind.Array ? list.GetArrayLength() : list.GetProperty("totalCount").GetInt32();
    }

    [Fact]
    public async Task A_unit_description_keeps_its_line_breaks_and_a_name_at_the_boundary_characters_is_kept()
    {
        var admin = await AdminAsync();

        var unit = await CreateUnitAsync(admin, "TXT3", "文本\u00a0园区 ~", description: "第一行\r\n第二行\n第三行");

        Assert.Equal("文本\u00a0园区 ~", unit.GetProperty("name").GetString());
        Assert.Equal("第一行\r\n第二行\n第三行", unit.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_display_name_with_a_bidi_override_is_refused_on_update_and_the_user_is_unchanged()
    {
        var admin = await AdminAsync();
        var user = await UserByNameAsync(admin, "filer");

        await (await admin.PutAsJsonAsync($"/api/users/{user.GetProperty("id").GetGuid()}", new
        {
            displayName = "\u202e张三",
            role = "Filer",
            unitId = user.GetProperty("unitId").GetGuid(),
            email = (string?)null,
            phoneNumber = (string?)null,
            isActive = true,
            version = user.GetProperty("version").GetInt32(),
        })).AssertValidationProblemAsync("displayName");

        Assert.Equal(user.GetProperty("displayName").GetString(), (await UserByNameAsync(admin, "filer")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task An_invalid_credit_code_is_a_400_saying_which_part_is_wrong()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var messages = new List<string>();
        foreach (var code in new[] { "000000000000000000", "914307A2760750218M", "91350100M000100Y56", "91430702760750218N" })
        {
            var body = FilingsTests.CompleteBody(chain);
            body["creditCode"] = code;
            var errors = await (await filer.PostAsJsonAsync("/api/filings", body)).AssertValidationProblemAsync("creditCode");
            messages.Add(errors.GetProperty("creditCode")[0].GetString()!);
        }

        Assert.Contains("第 1–2 位", messages[0], StringComparison.Ordinal);
        Assert.Contains("第 3–8 位", messages[1], StringComparison.Ordinal);
        Assert.Contains("第 9–17 位", messages[2], StringComparison.Ordinal);
        Assert.Contains("第 18 位", messages[3], StringComparison.Ordinal);
    }
}
