using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Issue 14 item 3 over HTTP: ambassadors (409 on a taken certificate number, 409 stale, 400 field errors, the PDF), natives, targeting.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class PeopleTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] StorageTag = ["储能"];
    private static readonly string[] BadTag = ["a|b"];

    private static object Ambassador(string number, int year = 2026, string name = "陈志远") =>
        new { year, name, certificateNumber = number, organisation = "深圳远航新能源科技有限公司", title = "董事长", cityRegionCode = "440300", phone = "13800000001" };

    [Fact]
    public async Task A_taken_certificate_number_is_a_409_a_stale_edit_too_and_bad_fields_are_400s()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var created = await (await reviewer.PostAsJsonAsync("/api/ambassadors", Ambassador("CD-ZSDS-2026-001"))).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        await (await reviewer.PostAsJsonAsync("/api/ambassadors", Ambassador("CD-ZSDS-2026-001", name: "刘晓梅"))).AssertProblemAsync(HttpStatusCode.Conflict, "ambassador.certificate-exists");
        await (await reviewer.PostAsJsonAsync("/api/ambassadors", new { year = 2026, name = " ", certificateNumber = "", cityRegionCode = "深圳", email = "x" }))
            .AssertValidationProblemAsync("name", "certificateNumber", "cityRegionCode", "email");
        await (await reviewer.PostAsJsonAsync("/api/ambassadors", new { year = 2026, name = "王", certificateNumber = "N-1", industryChainId = Guid.NewGuid() }))
            .AssertValidationProblemAsync("industryChainId");

        await (await reviewer.PutAsJsonAsync($"/api/ambassadors/{id}", new { name = "陈志远", certificateNumber = "CD-ZSDS-2026-001", version = 0, note = "首批", phone = "13800000001" })).AssertOkJsonAsync();
        await (await reviewer.PutAsJsonAsync($"/api/ambassadors/{id}", new { name = "陈志远", certificateNumber = "CD-ZSDS-2026-001", version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var next = await (await reviewer.PostAsJsonAsync($"/api/ambassadors/{id}/reappoint", new { certificateNumber = "CD-ZSDS-2027-001" })).AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2027, next.GetProperty("year").GetInt32());
        var detail = await (await (await LoginAsync(DemoLogin.Leader)).GetAsync($"/api/ambassadors/{id}")).AssertOkJsonAsync();
        Assert.Equal("13800000001", detail.GetProperty("ambassador").GetProperty("phone").GetString());
        Assert.Equal(0, detail.GetProperty("credits").GetArrayLength());
        Assert.Equal(0, detail.GetProperty("leads").GetArrayLength());
        Assert.Equal("常德市", detail.GetProperty("issuerCityName").GetString());
        await (await reviewer.GetAsync($"/api/ambassadors/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_filer_picks_a_native_by_name_without_contacts_and_a_named_person_has_no_registry_to_pick_from()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.PostAsJsonAsync("/api/natives", new { name = "接口测试人士", company = "接口测试实业", phone = "13900000001" })).AssertOkJsonAsync(HttpStatusCode.Created);

        var filer = await LoginAsync(DemoLogin.Filer);
        var options = await (await filer.GetAsync($"/api/people/recommenders?kind=Native&search={Uri.EscapeDataString("接口测试")}")).AssertOkJsonAsync();
        var only = Assert.Single(options.EnumerateArray().ToList());
        Assert.Equal("接口测试人士", only.GetProperty("name").GetString());
        Assert.Equal("接口测试实业", only.GetProperty("company").GetString());
        Assert.False(only.TryGetProperty("phone", out _));
        await (await filer.GetAsync("/api/people/recommenders?kind=Person")).AssertValidationProblemAsync("kind");
    }

    private async Task<HttpResponseMessage> CertificateWithFontAsync(string fontPath)
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Documents:ChineseFontPaths:0", fontPath));
        var client = Fixture.CreateClient(app: app);
        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer", password = DemoLogin.Reviewer.Password, rememberMe = false })).AssertStatusAsync(HttpStatusCode.OK);
        var created = await (await client.PostAsJsonAsync("/api/ambassadors", Ambassador("CD-ZSDS-2026-009"))).AssertOkJsonAsync(HttpStatusCode.Created);
        var response = await client.GetAsync($"/api/ambassadors/{created.GetProperty("id").GetGuid()}/certificate.pdf");
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Without_a_Chinese_font_the_certificate_is_a_409_the_client_prints_its_own_page_instead()
    {
        var response = await CertificateWithFontAsync("/nonexistent/fonts/none.ttc");

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "certificate.font-missing");
    }

    [Fact]
    public async Task With_a_font_the_certificate_is_a_pdf()
    {
        string[] candidates =
        [
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", // no Chinese glyphs, but it proves the document where no CJK font is installed
        ];
        var font = candidates.FirstOrDefault(File.Exists);
        if (font is null)
        {
            return; // no font at all on this machine: the 409 test covers it
        }

        var response = await CertificateWithFontAsync(font);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Natives_are_written_by_reviewers_read_by_leaders_and_targeting_finds_them_by_province()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var created = await (await reviewer.PostAsJsonAsync("/api/natives", new { name = "曾国梁", cityRegionCode = "440300", isListed = true, tags = StorageTag, phone = "13900000001" }))
            .AssertOkJsonAsync(HttpStatusCode.Created);
        await (await reviewer.PostAsJsonAsync("/api/natives", new { name = "x", tags = BadTag })).AssertValidationProblemAsync("tags[0]");
        var id = created.GetProperty("id").GetGuid();
        await (await reviewer.PutAsJsonAsync($"/api/natives/{id}", new { name = "曾国梁", version = 5 })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var leader = await LoginAsync(DemoLogin.Leader);
        await (await leader.PostAsJsonAsync("/api/natives", new { name = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var found = await (await leader.GetAsync("/api/targeting?regionCode=440000")).AssertOkJsonAsync();
        Assert.Contains(found.GetProperty("natives").EnumerateArray(), n => n.GetProperty("id").GetGuid() == id && n.GetProperty("phone").GetString() == "13900000001");
        await (await leader.GetAsync("/api/targeting?regionCode=abc")).AssertValidationProblemAsync("regionCode");
        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync("/api/targeting?regionCode=440000")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}
