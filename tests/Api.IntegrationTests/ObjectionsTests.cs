using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Publications;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// 异议复核: the public objects to a published project during the publicity period, the filing goes into re-review, and a
/// reviewer dismisses or upholds the objection. Publications are made as in <see cref="PublicationsTests"/>: filings approved
/// now, their approvals moved back into last week, last week published now.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ObjectionsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    internal const string ObjectorName = "张晓明";
    internal const string ObjectorPhone = "13700001111";
    internal const string ObjectionText = "该项目投资方与鼎城区已公示的项目为同一企业同一项目,存在重复统计,请核实。";

    /// <summary>A publication of last week, published now, with one entry per name (approved in that order).</summary>
    internal static async Task<JsonElement> PublishedAsync(ApiFixture fixture, params string[] names)
    {
        var filer = await fixture.LoginAsync(DemoLogin.Filer);
        var reviewer = await fixture.LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var week = PublicationWeek.Containing(fixture.Clock.GetUtcNow()).AddDays(-7);
        var hour = 9;
        foreach (var name in names)
        {
            var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, name)), "submit");
            filing = await FilingsTests.PostAsync(reviewer, filing, "approve");
            await PublicationsTests.BackdateApprovalAsync(fixture, filing.GetProperty("id").GetGuid(), new DateTimeOffset(week.AddDays(1).ToDateTime(new TimeOnly(hour++, 0)), China));
        }

        var response = await reviewer.PostAsJsonAsync("/api/publications", new { weekStart = week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        return await response.AssertOkJsonAsync();
    }

    internal static MultipartFormDataContent ObjectionForm(string? name = ObjectorName, string? contact = ObjectorPhone, string? text = ObjectionText, (byte[] Bytes, string Name)? file = null)
    {
        var form = new MultipartFormDataContent();
        if (name is not null)
        {
            form.Add(new StringContent(name), "objectorName");
        }

        if (contact is not null)
        {
            form.Add(new StringContent(contact), "contact");
        }

        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), "file", f.Name);
        }

        return form;
    }

    internal static Task<HttpResponseMessage> LodgeAsync(HttpClient client, JsonElement publication, int entry = 0, MultipartFormDataContent? form = null, string? address = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, LodgeUrl(publication, entry)) { Content = form ?? ObjectionForm() };
        if (address is not null)
        {
            request.Headers.Add(TestClientAddressFilter.Header, address);
        }

        return client.SendAsync(request);
    }

    private static string LodgeUrl(JsonElement publication, int entry) =>
        $"/api/public/publications/{publication.GetProperty("id").GetGuid()}/entries/{publication.GetProperty("entries")[entry].GetProperty("id").GetGuid()}/objections";

    private static Guid FilingIdOf(JsonElement objection) => objection.GetProperty("filingId").GetGuid();

    private async Task<JsonElement> PublicPublicationAsync(JsonElement publication) =>
        await (await Fixture.CreateClient().GetAsync($"/api/public/publications/{publication.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();

    private async Task<JsonElement> ReceiptAsync(string code) =>
        await (await Fixture.CreateClient().PostAsJsonAsync("/api/public/objections/status", new { receiptCode = code })).AssertOkJsonAsync();

    private static async Task<JsonElement[]> PendingAsync(HttpClient reviewer) =>
        [.. (await (await reviewer.GetAsync("/api/objections?status=Pending")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> DecideAsync(HttpClient reviewer, JsonElement objection, string action, object body) =>
        await (await reviewer.PostAsJsonAsync($"/api/objections/{objection.GetProperty("id").GetGuid()}/{action}", body)).AssertOkJsonAsync();

    private async Task<int> ObjectionRowsAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Objections.IgnoreQueryFilters().CountAsync();
    }

    private static async Task<string[]> KindsAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/notifications")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()!)];

    [Fact]
    public async Task Anyone_lodges_an_objection_gets_a_receipt_and_the_filing_goes_into_re_review()
    {
        var publication = await PublishedAsync(Fixture, "公示异议项目");
        Assert.True(publication.GetProperty("acceptsObjections").GetBoolean());
        Assert.Equal("Listed", publication.GetProperty("entries")[0].GetProperty("status").GetString());
        var anonymous = Fixture.CreateClient();

        var response = await LodgeAsync(anonymous, publication);

        var lodged = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var code = lodged.GetProperty("receiptCode").GetString()!;
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);
        Assert.Equal("Pending", lodged.GetProperty("status").GetString());
        Assert.Equal("公示异议项目", lodged.GetProperty("projectName").GetString());
        Assert.Equal(publication.GetProperty("label").GetString(), lodged.GetProperty("publicationLabel").GetString());
        Assert.Equal(publication.GetProperty("publicityEndsOn").GetString(), lodged.GetProperty("publicityEndsOn").GetString());

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objection = Assert.Single(await PendingAsync(reviewer));
        Assert.Equal((ObjectorName, ObjectorPhone, ObjectionText), (objection.GetProperty("objectorName").GetString(), objection.GetProperty("contact").GetString(), objection.GetProperty("text").GetString()));
        Assert.False(objection.GetProperty("hasEvidence").GetBoolean());
        var filing = await (await reviewer.GetAsync($"/api/filings/{FilingIdOf(objection)}")).AssertOkJsonAsync();
        Assert.Equal("UnderReReview", filing.GetProperty("status").GetString());
        var step = filing.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("ObjectionReceived", step.GetProperty("action").GetString());
        Assert.Equal(ObjectionText, step.GetProperty("reason").GetString());
        Assert.Equal("社会公众", step.GetProperty("actorName").GetString());
        var filingJson = filing.GetRawText();
        Assert.DoesNotContain(ObjectorName, filingJson, StringComparison.Ordinal);
        Assert.DoesNotContain(ObjectorPhone, filingJson, StringComparison.Ordinal);

        Assert.Equal("UnderReReview", (await PublicPublicationAsync(publication)).GetProperty("entries")[0].GetProperty("status").GetString());
        var receipt = await ReceiptAsync(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal(("Pending", "公示异议项目"), (receipt.GetProperty("status").GetString(), receipt.GetProperty("projectName").GetString()));
        Assert.Contains("ObjectionLodged", await KindsAsync(reviewer));
        Assert.Contains("FilingUnderReReview", await KindsAsync(await LoginAsync(DemoLogin.Filer)));
        // Under re-review the review actions are closed: the objection decides.
        await (await reviewer.PostAsJsonAsync($"/api/filings/{FilingIdOf(objection)}/revoke", new { version = filing.GetProperty("version").GetInt32(), reason = "直接撤销" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "filing.not-approved");
    }

    [Fact]
    public async Task A_dismissed_objection_keeps_the_filing_approved_and_the_objector_sees_the_outcome()
    {
        var publication = await PublishedAsync(Fixture, "维持备案项目");
        var code = (await (await LodgeAsync(Fixture.CreateClient(), publication)).AssertOkJsonAsync(HttpStatusCode.Created)).GetProperty("receiptCode").GetString()!;
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objection = Assert.Single(await PendingAsync(reviewer));

        var decided = await DecideAsync(reviewer, objection, "dismiss", new { version = objection.GetProperty("version").GetInt32(), reason = "经核实,两个项目投资主体不同,不属于重复统计。" });

        Assert.Equal("Dismissed", decided.GetProperty("status").GetString());
        Assert.Equal("reviewer", decided.GetProperty("decidedByName").GetString());
        var filing = await (await reviewer.GetAsync($"/api/filings/{FilingIdOf(objection)}")).AssertOkJsonAsync();
        Assert.Equal("Approved", filing.GetProperty("status").GetString());
        Assert.Equal("ObjectionDismissed", filing.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Equal("ObjectionDismissed", (await PublicPublicationAsync(publication)).GetProperty("entries")[0].GetProperty("status").GetString());
        var receipt = await ReceiptAsync(code);
        Assert.Equal(("Dismissed", "经核实,两个项目投资主体不同,不属于重复统计。"), (receipt.GetProperty("status").GetString(), receipt.GetProperty("decisionReason").GetString()));
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("remedy").ValueKind);
        Assert.Contains("FilingObjectionDismissed", await KindsAsync(await LoginAsync(DemoLogin.Filer)));
        Assert.Empty(await PendingAsync(reviewer));
        await (await reviewer.PostAsJsonAsync($"/api/objections/{objection.GetProperty("id").GetGuid()}/dismiss", new { version = decided.GetProperty("version").GetInt32(), reason = "再次" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "objection.already-decided");
    }

    [Fact]
    public async Task An_upheld_objection_revokes_the_approval_and_the_publication_shows_it()
    {
        var publication = await PublishedAsync(Fixture, "撤销备案项目", "不受影响项目");
        var code = (await (await LodgeAsync(Fixture.CreateClient(), publication)).AssertOkJsonAsync(HttpStatusCode.Created)).GetProperty("receiptCode").GetString()!;
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objection = Assert.Single(await PendingAsync(reviewer));

        await DecideAsync(reviewer, objection, "uphold", new { version = objection.GetProperty("version").GetInt32(), remedy = "Revoke", reason = "与鼎城区项目重复备案,撤销本项目备案。" });

        var filing = await (await reviewer.GetAsync($"/api/filings/{FilingIdOf(objection)}")).AssertOkJsonAsync();
        Assert.Equal("Revoked", filing.GetProperty("status").GetString());
        var entries = (await PublicPublicationAsync(publication)).GetProperty("entries");
        Assert.Equal(("Revoked", "Listed"), (entries[0].GetProperty("status").GetString(), entries[1].GetProperty("status").GetString()));
        var receipt = await ReceiptAsync(code);
        Assert.Equal(("Upheld", "Revoke"), (receipt.GetProperty("status").GetString(), receipt.GetProperty("remedy").GetString()));
        Assert.Contains("FilingRevoked", await KindsAsync(await LoginAsync(DemoLogin.Filer)));
        await (await LodgeAsync(Fixture.CreateClient(), publication, address: "203.0.113.9")).AssertProblemAsync(HttpStatusCode.Conflict, "objection.entry-closed");
    }

    [Fact]
    public async Task An_upheld_objection_can_return_the_filing_to_its_unit_which_corrects_and_resubmits_it()
    {
        var publication = await PublishedAsync(Fixture, "退回更正项目");
        await (await LodgeAsync(Fixture.CreateClient(), publication)).AssertOkJsonAsync(HttpStatusCode.Created);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objection = Assert.Single(await PendingAsync(reviewer));

        await DecideAsync(reviewer, objection, "uphold", new { version = objection.GetProperty("version").GetInt32(), remedy = "Return", reason = "计划总投资与签约协议不符,请更正后重新报送。" });

        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await (await filer.GetAsync($"/api/filings/{FilingIdOf(objection)}")).AssertOkJsonAsync();
        Assert.Equal("Returned", filing.GetProperty("status").GetString());
        Assert.Equal("计划总投资与签约协议不符,请更正后重新报送。", filing.GetProperty("returnReason").GetString());
        Assert.Equal("Returned", (await PublicPublicationAsync(publication)).GetProperty("entries")[0].GetProperty("status").GetString());
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "退回更正项目", 1_200_000_000m);
        body["plannedFixedAssetInvestment"] = 1_000_000_000m;
        body["version"] = filing.GetProperty("version").GetInt32();
        filing = await (await filer.PutAsJsonAsync($"/api/filings/{FilingIdOf(objection)}", body)).AssertOkJsonAsync();
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        Assert.Equal("UnderReview", filing.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upholding_one_objection_settles_the_other_open_ones_on_the_same_project()
    {
        var publication = await PublishedAsync(Fixture, "多人异议项目");
        await (await LodgeAsync(Fixture.CreateClient(), publication, address: "198.51.100.1")).AssertOkJsonAsync(HttpStatusCode.Created);
        await (await LodgeAsync(Fixture.CreateClient(), publication, form: ObjectionForm("李四", "lisi@example.com"), address: "198.51.100.2")).AssertOkJsonAsync(HttpStatusCode.Created);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var pending = await PendingAsync(reviewer);
        Assert.Equal([ObjectorName, "李四"], pending.Select(o => o.GetProperty("objectorName").GetString())); // oldest first

        await DecideAsync(reviewer, pending[0], "uphold", new { version = pending[0].GetProperty("version").GetInt32(), remedy = "Revoke", reason = "重复备案" });

        Assert.Empty(await PendingAsync(reviewer));
        var all = (await (await reviewer.GetAsync($"/api/objections?filingId={FilingIdOf(pending[0])}")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, all.Count);
        Assert.All(all, o => Assert.Equal(("Upheld", "Revoke", "重复备案"), (o.GetProperty("status").GetString(), o.GetProperty("remedy").GetString(), o.GetProperty("decisionReason").GetString())));
    }

    [Fact]
    public async Task Objections_are_accepted_through_the_last_day_of_the_publicity_period_on_the_working_day_calendar_and_refused_after()
    {
        var publication = await PublishedAsync(Fixture, "期限边界项目", "期限后项目");
        var publishedOn = publication.GetProperty("publishedOn").GetString()!;
        var expected = await (await Fixture.CreateClient().GetAsync($"/api/calendar/add-working-days?date={publishedOn}&days=5")).AssertOkJsonAsync();
        var endsOn = DateOnly.Parse(publication.GetProperty("publicityEndsOn").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(expected.GetProperty("date").GetString(), publication.GetProperty("publicityEndsOn").GetString());

        Fixture.Clock.Advance(new DateTimeOffset(endsOn.ToDateTime(new TimeOnly(23, 59, 59)), China) - Fixture.Clock.GetUtcNow());
        var lastSecond = await LodgeAsync(Fixture.CreateClient(), publication, entry: 0);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterwards = await LodgeAsync(Fixture.CreateClient(), publication, entry: 1);

        await lastSecond.AssertOkJsonAsync(HttpStatusCode.Created);
        await afterwards.AssertProblemAsync(HttpStatusCode.Conflict, "objection.publicity-ended");
        var now = await PublicPublicationAsync(publication);
        Assert.False(now.GetProperty("acceptsObjections").GetBoolean());
        Assert.Equal(("UnderReReview", "Listed"), (now.GetProperty("entries")[0].GetProperty("status").GetString(), now.GetProperty("entries")[1].GetProperty("status").GetString()));
        Assert.Equal(1, await ObjectionRowsAsync());
    }

    public static TheoryData<string, string?, string?, string?, string> BadObjections() => new()
    {
        { "nothing filled in", "", "", "", "objectorName,contact,text" },
        { "fields left out", null, null, ObjectionText, "objectorName,contact" },
        { "a blank name", " ", ObjectorPhone, ObjectionText, "objectorName" },
        { "a name over 50 characters", new string('名', 51), ObjectorPhone, ObjectionText, "objectorName" },
        { "a contact that is neither phone nor e-mail", ObjectorName, "12345", ObjectionText, "contact" },
        { "an e-mail without a domain", ObjectorName, "someone@localhost", ObjectionText, "contact" },
        { "a text under 10 characters", ObjectorName, ObjectorPhone, "太短", "text" },
        { "a text over 2000 characters", ObjectorName, ObjectorPhone, new string('异', 2001), "text" },
    };

    [Theory]
    [MemberData(nameof(BadObjections))]
    public async Task Bad_objections_are_400s_naming_the_fields_and_change_nothing(string why, string? name, string? contact, string? text, string fields)
    {
        var publication = await PublishedAsync(Fixture, "校验项目");

        var response = await LodgeAsync(Fixture.CreateClient(), publication, form: ObjectionForm(name, contact, text));

        await response.AssertValidationProblemAsync(fields.Split(','));
        Assert.Equal(0, await ObjectionRowsAsync());
        Assert.Equal("Listed", (await PublicPublicationAsync(publication)).GetProperty("entries")[0].GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_a_4xx_problem_and_changes_nothing()
    {
        var publication = await PublishedAsync(Fixture, "格式项目");
        var anonymous = Fixture.CreateClient();

        var empty = await anonymous.PostAsync(LodgeUrl(publication, 0), new MultipartFormDataContent());
        var json = await anonymous.PostRawJsonAsync(LodgeUrl(publication, 0), $$"""{"objectorName":"{{ObjectorName}}","contact":"{{ObjectorPhone}}","text":"{{ObjectionText}}"}""");

        var wrongMethod = await anonymous.PutAsync(LodgeUrl(publication, 0), ObjectionForm());

        await empty.AssertProblemAsync(HttpStatusCode.BadRequest);
        await json.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type"); // not "please sign in": the path is public
        await wrongMethod.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "request.method-not-allowed");
        Assert.Equal(0, await ObjectionRowsAsync());
    }

    [Fact]
    public async Task Field_errors_come_in_English_when_asked()
    {
        var publication = await PublishedAsync(Fixture, "语言项目");
        var request = new HttpRequestMessage(HttpMethod.Post, LodgeUrl(publication, 0)) { Content = ObjectionForm(contact: "12345") };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var errors = await (await Fixture.CreateClient().SendAsync(request)).AssertValidationProblemAsync("contact");

        Assert.Contains("phone", errors.GetProperty("contact")[0].GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Evidence_is_checked_stored_and_served_only_to_reviewers()
    {
        var publication = await PublishedAsync(Fixture, "证据项目", "错误证据项目");
        var anonymous = Fixture.CreateClient();

        var lodged = await LodgeAsync(anonymous, publication, form: ObjectionForm(file: (FilingAttachmentsTests.Pdf, "现场照片与协议.pdf")));
        var script = await LodgeAsync(anonymous, publication, entry: 1, form: ObjectionForm(file: ("<script>alert(1)</script>"u8.ToArray(), "证据.html")), address: "198.51.100.7");
        var disguised = await LodgeAsync(anonymous, publication, entry: 1, form: ObjectionForm(file: (FilingAttachmentsTests.Png, "证据.pdf")), address: "198.51.100.8");
        var tooLarge = await LodgeAsync(anonymous, publication, entry: 1, form: ObjectionForm(file: ([.. "%PDF-1.7\n"u8, .. new byte[(10 * 1024 * 1024) + 1]], "大文件.pdf")), address: "198.51.100.9");

        await lodged.AssertOkJsonAsync(HttpStatusCode.Created);
        await script.AssertValidationProblemAsync("file");
        await disguised.AssertValidationProblemAsync("file");
        Assert.True(tooLarge.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{tooLarge.StatusCode}");
        Assert.Equal(1, await ObjectionRowsAsync());

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objection = Assert.Single(await PendingAsync(reviewer));
        Assert.True(objection.GetProperty("hasEvidence").GetBoolean());
        Assert.Equal(("现场照片与协议.pdf", (long)FilingAttachmentsTests.Pdf.Length), (objection.GetProperty("evidenceFileName").GetString(), objection.GetProperty("evidenceSizeBytes").GetInt64()));
        var url = $"/api/objections/{objection.GetProperty("id").GetGuid()}/evidence";
        var download = await reviewer.GetAsync(url);
        await download.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FilingAttachmentsTests.Pdf, await download.Content.ReadAsByteArrayAsync());
        await (await anonymous.GetAsync(url)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync(url)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task One_address_objects_once_per_project_and_at_most_five_times_a_day()
    {
        var publication = await PublishedAsync(Fixture, "限制项目一", "限制项目二", "限制项目三", "限制项目四", "限制项目五", "限制项目六");
        var anonymous = Fixture.CreateClient();
        const string address = "192.0.2.44";

        await (await LodgeAsync(anonymous, publication, 0, address: address)).AssertOkJsonAsync(HttpStatusCode.Created);
        var again = await LodgeAsync(anonymous, publication, 0, address: address);
        var otherAddress = await LodgeAsync(anonymous, publication, 0, address: "192.0.2.45");
        for (var entry = 1; entry < 5; entry++)
        {
            await (await LodgeAsync(anonymous, publication, entry, address: address)).AssertOkJsonAsync(HttpStatusCode.Created);
        }

        var sixth = await LodgeAsync(anonymous, publication, 5, address: address);

        await again.AssertProblemAsync(HttpStatusCode.Conflict, "objection.already-lodged");
        await otherAddress.AssertOkJsonAsync(HttpStatusCode.Created);
        await sixth.AssertProblemAsync((HttpStatusCode)429, "objection.too-many-from-address");
        Assert.Equal(6, await ObjectionRowsAsync());
        Assert.Equal("Listed", (await PublicPublicationAsync(publication)).GetProperty("entries")[5].GetProperty("status").GetString());

        Fixture.Clock.Advance(TimeSpan.FromHours(24));
        await (await LodgeAsync(anonymous, publication, 5, address: address)).AssertOkJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_limits_count_the_forwarded_client_and_an_untrusted_peer_is_its_own_client()
    {
        var publication = await PublishedAsync(Fixture, "代理项目");
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("ReverseProxy:KnownProxies:0", "10.0.0.5"));
        var client = Fixture.CreateClient(app: app);
        Task<HttpResponseMessage> Via(string peer, string forwardedFor)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, LodgeUrl(publication, 0)) { Content = ObjectionForm() };
            request.Headers.Add(TestClientAddressFilter.Header, peer);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return client.SendAsync(request);
        }

        await (await Via("10.0.0.5", "198.51.100.20")).AssertOkJsonAsync(HttpStatusCode.Created);
        await (await Via("10.0.0.5", "198.51.100.21")).AssertOkJsonAsync(HttpStatusCode.Created);
        await (await Via("10.0.0.5", "198.51.100.20")).AssertProblemAsync(HttpStatusCode.Conflict, "objection.already-lodged");
        await (await Via("192.0.2.99", "198.51.100.22")).AssertOkJsonAsync(HttpStatusCode.Created); // not a proxy: the header is ignored
        await (await Via("192.0.2.99", "198.51.100.23")).AssertProblemAsync(HttpStatusCode.Conflict, "objection.already-lodged");
    }

    [Fact]
    public async Task Unknown_publications_entries_and_receipts_are_404s_and_a_malformed_receipt_is_a_400()
    {
        var publication = await PublishedAsync(Fixture, "查找项目");
        var other = await PublishedAsync(Fixture, "另一期项目"); // same week: the existing publication answers
        var anonymous = Fixture.CreateClient();
        var entryId = publication.GetProperty("entries")[0].GetProperty("id").GetGuid();

        await (await anonymous.PostAsync($"/api/public/publications/{Guid.NewGuid()}/entries/{entryId}/objections", ObjectionForm())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostAsync($"/api/public/publications/{publication.GetProperty("id").GetGuid()}/entries/{Guid.NewGuid()}/objections", ObjectionForm())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostAsJsonAsync("/api/public/objections/status", new { receiptCode = "0000-0000-0000-0000" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostAsJsonAsync("/api/public/objections/status", new { receiptCode = "not a code" })).AssertValidationProblemAsync("receiptCode");
        await (await anonymous.PostAsJsonAsync("/api/public/objections/status", new { })).AssertValidationProblemAsync("receiptCode");
        Assert.Equal(publication.GetProperty("id").GetGuid(), other.GetProperty("id").GetGuid());
        Assert.Equal(0, await ObjectionRowsAsync());
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_a_decision_needs_a_reason_and_an_outcome()
    {
        var publication = await PublishedAsync(Fixture, "版本项目");
        await (await LodgeAsync(Fixture.CreateClient(), publication)).AssertOkJsonAsync(HttpStatusCode.Created);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objection = Assert.Single(await PendingAsync(reviewer));
        var id = objection.GetProperty("id").GetGuid();
        var version = objection.GetProperty("version").GetInt32();

        await (await reviewer.PostAsJsonAsync($"/api/objections/{id}/dismiss", new { version = version + 1, reason = "理由" })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await reviewer.PostAsJsonAsync($"/api/objections/{id}/dismiss", new { version, reason = " " })).AssertValidationProblemAsync("reason");
        await (await reviewer.PostAsJsonAsync($"/api/objections/{id}/uphold", new { version, reason = "理由" })).AssertValidationProblemAsync("remedy");
        await (await reviewer.PostRawJsonAsync($"/api/objections/{id}/uphold", $$"""{"version":{{version}},"remedy":"Delete","reason":"理由"}""")).AssertValidationProblemAsync("remedy");
        await (await reviewer.PostAsJsonAsync($"/api/objections/{Guid.NewGuid()}/dismiss", new { version, reason = "理由" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await reviewer.GetAsync($"/api/objections/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await reviewer.GetAsync("/api/objections?status=Maybe")).AssertValidationProblemAsync("status");

        Assert.Equal("Pending", (await (await reviewer.GetAsync($"/api/objections/{id}")).AssertOkJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Public_answers_never_carry_the_objector_and_only_reviewers_reach_the_objections()
    {
        var publication = await PublishedAsync(Fixture, "隐私项目");
        var lodged = await LodgeAsync(Fixture.CreateClient(), publication, form: ObjectionForm(contact: "objector@example.com"));
        var code = (await lodged.AssertOkJsonAsync(HttpStatusCode.Created)).GetProperty("receiptCode").GetString()!;

        var anonymous = Fixture.CreateClient();
        var detail = await (await anonymous.GetAsync($"/api/public/publications/{publication.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        var receipt = await (await anonymous.PostAsJsonAsync("/api/public/objections/status", new { receiptCode = code })).Content.ReadAsStringAsync();
        var list = await (await anonymous.GetAsync("/api/public/publications")).Content.ReadAsStringAsync();
        var bodies = detail + receipt + list;

        foreach (var secret in new[] { ObjectorName, "objector@example.com", ObjectionText })
        {
            Assert.DoesNotContain(secret, bodies, StringComparison.Ordinal);
        }

        await (await Fixture.CreateClient().GetAsync("/api/objections")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync("/api/objections")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await (await LoginAsync(DemoLogin.Leader)).GetAsync("/api/objections")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}
