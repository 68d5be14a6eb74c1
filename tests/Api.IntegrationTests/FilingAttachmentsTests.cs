using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Attachments of filings through the API: upload, list, download, remove; types, sizes, scope, state and CSRF.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class FilingAttachmentsTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7 % 251)), .. "\n%%EOF\n"u8];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 500).Select(i => (byte)i)];

    private string StorageRoot => ((DiskFileStorage)Fixture.Factory.Services.GetRequiredService<IFileStorage>()).Root;

    private int StoredFileCount() => Directory.Exists(StorageRoot) ? Directory.GetFiles(StorageRoot, "*", SearchOption.AllDirectories).Length : 0;

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string kind, int version, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent
        {
            { file, "file", fileName },
            { new StringContent(kind), "kind" },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
        };
    }

    public static async Task<JsonElement> DraftAsync(HttpClient filer) =>
        await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer)));

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, JsonElement filing, byte[] bytes, string fileName, string kind = "Agreement", int? version = null) =>
        client.PostAsync($"/api/filings/{Id(filing)}/attachments", Form(bytes, fileName, kind, version ?? filing.GetProperty("version").GetInt32()));

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    [Fact]
    public async Task Upload_list_and_download_round_trip_the_exact_bytes_under_the_original_name()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);

        var added = await (await UploadAsync(filer, filing, Pdf, "招商引资协议(签字版).pdf")).AssertOkJsonAsync(HttpStatusCode.Created);

        var attachment = added.GetProperty("attachment");
        Assert.Equal("招商引资协议(签字版).pdf", attachment.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal(Pdf.Length, attachment.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("Agreement", attachment.GetProperty("kind").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), attachment.GetProperty("sha256").GetString());
        Assert.Equal(filing.GetProperty("version").GetInt32() + 1, added.GetProperty("filingVersion").GetInt32());

        var list = await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync();
        Assert.Equal(Id(attachment), Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());

        var download = await filer.GetAsync($"/api/filings/{Id(filing)}/attachments/{Id(attachment)}/content");
        await download.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("招商引资协议(签字版).pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("nosniff", download.Headers.GetValues("X-Content-Type-Options"));

        // The filing shows the count and the history names the file; the audit trail has the record.
        var detail = await (await filer.GetAsync($"/api/filings/{Id(filing)}")).AssertOkJsonAsync();
        Assert.Equal(1, detail.GetProperty("attachmentCount").GetInt32());
        var last = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("FileAttached", last.GetProperty("action").GetString());
        Assert.Contains("招商引资协议(签字版).pdf", last.GetProperty("changes").GetString(), StringComparison.Ordinal);
        var admin = await AdminAsync();
        var audit = await (await admin.GetAsync("/api/audit?entityType=FilingAttachment")).AssertOkJsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityId").GetString() == Id(attachment).ToString());
    }

    [Fact]
    public async Task A_submitted_filings_attachments_are_read_by_the_reviewer_and_a_key_but_locked()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var added = await (await UploadAsync(filer, filing, Png, "现场照片.png", "Photo")).AssertOkJsonAsync(HttpStatusCode.Created);
        var attachmentId = Id(added.GetProperty("attachment"));
        var submitted = await FilingsTests.PostAsync(filer, await (await filer.GetAsync($"/api/filings/{Id(filing)}")).AssertOkJsonAsync(), "submit");

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var bytes = await (await reviewer.GetAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}/content")).Content.ReadAsByteArrayAsync();
        Assert.Equal(Png, bytes);
        var key = await Fixture.ApiKeyClientAsync("ReadOnly");
        var list = await (await key.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync();
        Assert.Single(list.EnumerateArray());

        var version = submitted.GetProperty("version").GetInt32();
        var before = StoredFileCount();
        await (await UploadAsync(filer, submitted, Pdf, "补充.pdf")).AssertProblemAsync(HttpStatusCode.Conflict, "filing.attachments-locked");
        await (await filer.DeleteAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}?version={version}"))
            .AssertProblemAsync(HttpStatusCode.Conflict, "filing.attachments-locked");
        Assert.Equal(before, StoredFileCount());
        Assert.Single((await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_returned_filing_takes_attachments_again()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await FilingsTests.PostAsync(filer, await DraftAsync(filer), "submit");
        var returned = await FilingsTests.PostAsync(reviewer, filing, "return", new { reasons = "请上传签约协议" });

        await (await UploadAsync(filer, returned, Pdf, "协议.pdf")).AssertStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Removing_soft_deletes_records_history_and_the_download_is_gone()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var added = await (await UploadAsync(filer, filing, Pdf, "协议.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);
        var attachmentId = Id(added.GetProperty("attachment"));
        var version = added.GetProperty("filingVersion").GetInt32();

        var removed = await (await filer.DeleteAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}?version={version}")).AssertOkJsonAsync();

        Assert.Equal(version + 1, removed.GetProperty("filingVersion").GetInt32());
        Assert.Empty((await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync()).EnumerateArray());
        await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}/content")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer.DeleteAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}?version={version + 1}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var detail = await (await filer.GetAsync($"/api/filings/{Id(filing)}")).AssertOkJsonAsync();
        Assert.Equal(0, detail.GetProperty("attachmentCount").GetInt32());
        Assert.Equal("FileRemoved", detail.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Theory]
    [InlineData("恶意.exe")]
    [InlineData("脚本.html")]
    [InlineData("无扩展名")]
    public async Task A_file_type_not_allowed_is_a_field_error_and_nothing_is_stored(string fileName)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var before = StoredFileCount();

        var errors = await (await UploadAsync(filer, filing, Pdf, fileName)).AssertValidationProblemAsync("file");

        Assert.Contains("PDF", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, StoredFileCount());
    }

    [Theory]
    [InlineData("伪装.pdf")]
    [InlineData("伪装.jpg")]
    [InlineData("伪装.docx")]
    public async Task Content_that_does_not_match_the_extension_is_a_field_error_and_nothing_is_stored(string fileName)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var before = StoredFileCount();

        var errors = await (await UploadAsync(filer, filing, "<html><script>alert(1)</script></html>"u8.ToArray(), fileName)).AssertValidationProblemAsync("file");

        Assert.Contains("扩展名", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, StoredFileCount());
        Assert.Empty((await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_png_named_pdf_is_refused_but_accepted_under_its_own_extension()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);

        await (await UploadAsync(filer, filing, Png, "照片.pdf")).AssertValidationProblemAsync("file");
        await (await UploadAsync(filer, filing, Png, "照片.PNG", "Photo")).AssertStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_localized_field_error_and_nothing_is_stored()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var max = Fixture.Factory.Services.GetRequiredService<AttachmentOptions>().MaxBytes;
        var tooBig = new byte[max + 1];
        "%PDF-"u8.CopyTo(tooBig);
        var before = StoredFileCount();

        var errors = await (await UploadAsync(filer, filing, tooBig, "大文件.pdf")).AssertValidationProblemAsync("file");

        Assert.Contains("不能超过 20 MB", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, StoredFileCount());

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{Id(filing)}/attachments") { Content = Form(tooBig, "big.pdf", "Agreement", filing.GetProperty("version").GetInt32()) };
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var english = await (await filer.SendAsync(request)).AssertValidationProblemAsync("file");
        Assert.Contains("must not exceed 20 MiB", english.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_refused_with_413_before_it_is_read()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var max = Fixture.Factory.Services.GetRequiredService<AttachmentOptions>().MaxRequestBytes;
        var before = StoredFileCount();

        var response = await UploadAsync(filer, filing, new byte[max + 1024], "huge.pdf");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too-large");
        Assert.Equal(before, StoredFileCount());
    }

    [Fact]
    public async Task Only_the_upload_raises_the_body_limit_other_endpoints_keep_one_MiB()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer));
        body["constructionContent"] = new string('建', 600_000); // ~1.8 MB of JSON
        var json = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"); // with a Content-Length

        var response = await filer.PostAsync("/api/filings", json);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too-large");
    }

    [Fact]
    public async Task A_file_just_under_one_MiB_above_the_global_limit_is_accepted()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var bytes = new byte[3 * 1024 * 1024];
        Pdf.CopyTo(bytes, 0);

        var added = await (await UploadAsync(filer, filing, bytes, "扫描件.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);

        var id = Id(added.GetProperty("attachment"));
        Assert.Equal(bytes, await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments/{id}/content")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_units_filer_gets_404_everywhere_and_stores_nothing()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var added = await (await UploadAsync(filer, filing, Pdf, "协议.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);
        var attachmentId = Id(added.GetProperty("attachment"));
        var version = added.GetProperty("filingVersion").GetInt32();
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var before = StoredFileCount();

        await (await filer2.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.GetAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}/content")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await UploadAsync(filer2, filing, Pdf, "冒名.pdf", version: version)).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.DeleteAsync($"/api/filings/{Id(filing)}/attachments/{attachmentId}?version={version}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");

        Assert.Equal(before, StoredFileCount());
        Assert.Single((await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_draft_is_invisible_to_the_reviewer_and_an_attachment_of_another_filing_is_not_found()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var first = await DraftAsync(filer);
        var second = await DraftAsync(filer);
        var added = await (await UploadAsync(filer, first, Pdf, "协议.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);
        var attachmentId = Id(added.GetProperty("attachment"));

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.GetAsync($"/api/filings/{Id(first)}/attachments")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer.GetAsync($"/api/filings/{Id(second)}/attachments/{attachmentId}/content")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer.DeleteAsync($"/api/filings/{Id(second)}/attachments/{attachmentId}?version={second.GetProperty("version").GetInt32()}"))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_reviewer_cannot_upload()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await FilingsTests.PostAsync(filer, await DraftAsync(filer), "submit");
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        await (await UploadAsync(reviewer, filing, Pdf, "审核意见.pdf")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_stale_version_is_409_and_stores_nothing()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var stale = filing.GetProperty("version").GetInt32();
        await (await UploadAsync(filer, filing, Pdf, "第一份.pdf")).AssertStatusAsync(HttpStatusCode.Created);
        var before = StoredFileCount();

        await (await UploadAsync(filer, filing, Pdf, "第二份.pdf", version: stale)).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        Assert.Equal(before, StoredFileCount());
        Assert.Single((await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task The_twenty_first_upload_is_409()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var version = filing.GetProperty("version").GetInt32();
        for (var i = 0; i < 20; i++)
        {
            var added = await (await UploadAsync(filer, filing, Png, $"照片{i}.png", "Photo", version)).AssertOkJsonAsync(HttpStatusCode.Created);
            version = added.GetProperty("filingVersion").GetInt32();
        }

        var before = StoredFileCount();
        await (await UploadAsync(filer, filing, Png, "第21张.png", "Photo", version)).AssertProblemAsync(HttpStatusCode.Conflict, "filing.attachment-limit");
        Assert.Equal(before, StoredFileCount());
    }

    [Theory]
    [InlineData("Contract")]
    [InlineData("9")]
    [InlineData("")]
    public async Task An_unknown_kind_is_a_400(string kind)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);

        var response = await UploadAsync(filer, filing, Pdf, "协议.pdf", kind);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_missing_file_is_a_400()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var form = new MultipartFormDataContent { { new StringContent("Agreement"), "kind" }, { new StringContent("0"), "version" } };

        var response = await filer.PostAsync($"/api/filings/{Id(filing)}/attachments", form);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_upload_without_the_CSRF_header_is_refused_and_stores_nothing()
    {
        var owner = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(owner);
        var withoutToken = await LoginAsync(DemoLogin.Filer, sendXsrfHeader: false);
        var before = StoredFileCount();

        await (await UploadAsync(withoutToken, filing, Pdf, "协议.pdf")).AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");

        Assert.Equal(before, StoredFileCount());
    }

    [Fact]
    public async Task A_read_only_key_is_refused_on_upload_and_remove()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);
        var added = await (await UploadAsync(filer, filing, Pdf, "协议.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);
        var key = await Fixture.ApiKeyClientAsync("ReadOnly");
        var version = added.GetProperty("filingVersion").GetInt32();

        await (await UploadAsync(key, filing, Pdf, "密钥.pdf", version: version)).AssertProblemAsync(HttpStatusCode.Forbidden, "auth.api-key-read-only");
        await (await key.DeleteAsync($"/api/filings/{Id(filing)}/attachments/{Id(added.GetProperty("attachment"))}?version={version}"))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "auth.api-key-read-only");
        Assert.Single((await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Storage_keys_are_generated_and_files_stay_inside_the_storage_folder()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await DraftAsync(filer);

        await (await UploadAsync(filer, filing, Pdf, "../../../../etc/evil.pdf")).AssertStatusAsync(HttpStatusCode.Created);

        var list = await (await filer.GetAsync($"/api/filings/{Id(filing)}/attachments")).AssertOkJsonAsync();
        Assert.Equal("evil.pdf", Assert.Single(list.EnumerateArray()).GetProperty("fileName").GetString());
        Assert.All(Directory.GetFiles(StorageRoot, "*", SearchOption.AllDirectories), path =>
        {
            Assert.StartsWith(StorageRoot + Path.DirectorySeparatorChar, Path.GetFullPath(path), StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(path));
        });
        Assert.StartsWith(Path.GetTempPath(), StorageRoot, StringComparison.Ordinal);
    }
}
