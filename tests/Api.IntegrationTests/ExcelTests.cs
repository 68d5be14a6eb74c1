using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class ExcelTests(ApiFixture fixture) : ApiTest(fixture)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] TemplateHeaders =
    [
        "项目名称", "投资方名称", "统一社会信用代码", "投资来源区域代码", "产业链", "项目类别", "项目阶段", "计划总投资（万元）",
        "计划固定资产投资（万元）", "建设内容", "引荐商协会", "引荐人", "引荐人联系方式", "联系人", "联系电话",
    ];

    /// <summary>A template row: every cell a draft needs, the given project name; amounts in 万元 (15,000 万元 = 1.5亿).</summary>
    public static object?[] Row(string name, string creditCode = FilingsTests.ValidCreditCode, string region = "440000", string chain = "EQUIP",
        string category = "工业", object? total = null, object? fixedAssets = null) =>
        [name, "湖南某某科技有限公司", creditCode, region, chain, category, "签约", total ?? 15_000m, fixedAssets ?? 5_000m, "建设厂房", null, "李引荐", "13912345678", "王联系", "0736-7654321"];

    /// <summary>An .xlsx whose first row is <paramref name="headers"/> and then the rows.</summary>
    public static byte[] Workbook(IReadOnlyList<string> headers, params object?[][] rows)
    {
        static Dictionary<string, object?> Keyed(IReadOnlyList<object?> cells) =>
            cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: c)).ToDictionary(p => p.Key, p => p.Value);
        var all = new List<Dictionary<string, object?>> { Keyed([.. headers]) };
        all.AddRange(rows.Select(r => Keyed(r)));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, all, printHeader: false);
        return stream.ToArray();
    }

    public static HttpRequestMessage ImportRequest(byte[] content, string fileName = "导入.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        form.Add(file, "file", fileName);
        return new HttpRequestMessage(HttpMethod.Post, "/api/filings/import") { Content = form };
    }

    /// <summary>The first sheet's rows (header row first) as text cells.</summary>
    internal static async Task<List<string?[]>> SheetAsync(HttpResponseMessage response, string? sheet = null)
    {
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Read(bytes, sheet);
    }

    private static List<string?[]> Read(byte[] bytes, string? sheet = null)
    {
        using var stream = new MemoryStream(bytes);
        return MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v is null ? null : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();
    }

    private static int Column(List<string?[]> sheet, string header) => Array.IndexOf(sheet[0], header);

    private static async Task<int> DraftCountAsync(HttpClient filer) =>
        (await (await filer.GetAsync("/api/filings?status=Draft&pageSize=1")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task The_filing_export_holds_every_matching_row_of_the_callers_scope_under_Chinese_headers()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await FilingsTests.ChainIdAsync(filer);
        for (var i = 0; i < 25; i++)
        {
            await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, $"导出工业{i:00}"));
        }

        var service = FilingsTests.CompleteBody(chain, "导出服务业");
        service["category"] = "Service";
        await FilingsTests.CreateAsync(filer, service);
        await FilingsTests.CreateAsync(filer2, FilingsTests.CompleteBody(chain, "导出他单位"));

        var response = await filer.GetAsync("/api/filings/export?category=Industrial&search=导出");
        var sheet = await SheetAsync(response);

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.StartsWith("项目备案_", disposition.FileNameStar, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", disposition.FileNameStar, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);

        Assert.Equal(["所属单位", "项目名称", "投资方名称"], sheet[0].Take(3));
        Assert.Contains("联系电话", sheet[0]);
        var names = sheet.Skip(1).Select(r => r[Column(sheet, "项目名称")]).ToList();
        Assert.Equal(25, names.Count); // every row, not a page of 20
        Assert.All(names, n => Assert.StartsWith("导出工业", n, StringComparison.Ordinal));
        Assert.DoesNotContain("导出他单位", names);
        var first = sheet[1];
        Assert.Equal("工业", first[Column(sheet, "项目类别")]);
        Assert.Equal("签约", first[Column(sheet, "项目阶段")]);
        Assert.Equal("草稿", first[Column(sheet, "状态")]);
        Assert.Equal("150000", first[Column(sheet, "计划总投资（万元）")]); // 1,500,000,000 yuan in 万元
        Assert.Equal("75000", first[Column(sheet, "计划固定资产投资（万元）")]);
        Assert.Equal("10亿元（含）–50亿元", first[Column(sheet, "规模区间")]);
        Assert.Equal("0736-7654321", first[Column(sheet, "联系电话")]);

        // Another unit's filer sees only its own row.
        var other = await SheetAsync(await filer2.GetAsync("/api/filings/export?search=导出"));
        Assert.Equal(["导出他单位"], other.Skip(1).Select(r => r[Column(other, "项目名称")]));
    }

    [Fact]
    public async Task A_leader_exports_without_contacts_and_English_callers_get_English_headers()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "领导导出")), "submit");

        var leader = await LoginAsync(DemoLogin.Leader);
        var sheet = await SheetAsync(await leader.GetAsync("/api/filings/export?search=领导导出"));
        Assert.DoesNotContain("联系电话", sheet[0]);
        Assert.DoesNotContain("联系人", sheet[0]);
        Assert.DoesNotContain(sheet.SelectMany(r => r), c => c == "0736-7654321");
        Assert.Equal(2, sheet.Count);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/filings/export?search=领导导出");
        english.Headers.AcceptLanguage.ParseAdd("en-US");
        var response = await leader.SendAsync(english);
        var englishSheet = await SheetAsync(response);
        Assert.Contains("Project name", englishSheet[0]);
        Assert.Contains("Planned total investment (10k yuan)", englishSheet[0]);
        Assert.Contains("Planned fixed-asset investment (10k yuan)", englishSheet[0]);
        Assert.Contains("1B yuan (incl.) – 5B yuan", englishSheet[1]);
        Assert.StartsWith("Filings_", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_queue_export_applies_the_queues_filters_and_sorting()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        foreach (var name in new[] { "乙队列", "甲队列", "丙队列" })
        {
            await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, name)), "submit");
        }

        var big = FilingsTests.CompleteBody(chain, "大额队列", 20_000_000_000m);
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, big), "submit");
        await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "草稿不在队列"));

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var response = await reviewer.GetAsync("/api/review/queue/export?scaleBand=From1BillionTo5Billion&sort=PlannedTotal&direction=Desc");
        var sheet = await SheetAsync(response);
        Assert.StartsWith("审核队列_", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var names = sheet.Skip(1).Select(r => r[Column(sheet, "项目名称")]).ToList();
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain("大额队列", names);
        Assert.All(sheet.Skip(1), r => Assert.Equal("审核中", r[Column(sheet, "状态")]));

        var byName = await SheetAsync(await reviewer.GetAsync("/api/review/queue/export?sort=Name"));
        var sorted = byName.Skip(1).Select(r => r[Column(byName, "项目名称")]).ToList();
        Assert.Equal(sorted.Order(StringComparer.Ordinal), sorted);
        Assert.Equal(4, sorted.Count);

        await (await filer.GetAsync("/api/review/queue/export")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await reviewer.GetAsync("/api/filings/export?submittedFrom=2026-12-01&submittedTo=2026-11-01")).AssertValidationProblemAsync("submittedTo");
    }

    [Fact]
    public async Task The_template_downloads_and_filled_in_rows_import_as_drafts_of_the_filers_unit()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var response = await filer.GetAsync("/api/filings/import/template");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var template = await SheetAsync(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(XlsxType) } } });
        Assert.Equal(TemplateHeaders, template[0]);
        Assert.Single(template);
        Assert.Equal("项目备案导入模板.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var codes = Read(bytes, "填写说明");
        Assert.Contains(codes, r => r[1] == "EQUIP");
        Assert.Contains(codes, r => r[1] == "440000");
        Assert.Contains(codes, r => r[1] == "房地产");

        // The template as published passes the header check: uploaded empty, it is refused only for having no rows.
        var empty = await (await filer.SendAsync(ImportRequest(bytes))).AssertValidationProblemAsync("file");
        Assert.Equal("文件中没有数据行。", empty.GetProperty("file")[0].GetString());

        var before = await DraftCountAsync(filer);
        var foreign = Row("模板导入二", creditCode: "", region: "SG", category: "Service", total: "20,000.00005", fixedAssets: 0.1m);
        var import = await filer.SendAsync(ImportRequest(Workbook([.. template[0].Select(h => h!)], Row("模板导入一"), foreign)));
        var result = await import.AssertOkJsonAsync();

        Assert.Equal(2, result.GetProperty("totalRows").GetInt32());
        Assert.Equal(2, result.GetProperty("importedCount").GetInt32());
        Assert.Equal(0, result.GetProperty("failedCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("reportBase64").ValueKind);
        Assert.Equal(before + 2, await DraftCountAsync(filer));

        var id = result.GetProperty("importedIds")[1].GetGuid();
        var filing = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("模板导入二", filing.GetProperty("projectName").GetString());
        Assert.Equal("Draft", filing.GetProperty("status").GetString());
        Assert.Equal("Service", filing.GetProperty("category").GetString());
        Assert.True(filing.GetProperty("foreignInvestor").GetBoolean());
        Assert.Equal(200_000_000.50m, filing.GetProperty("plannedTotalInvestment").GetDecimal()); // 20,000.00005 万元, exactly
        Assert.Equal(1_000m, filing.GetProperty("plannedFixedAssetInvestment").GetDecimal());
        Assert.Equal(await FilingsTests.ChainIdAsync(filer), filing.GetProperty("industryChainId").GetGuid());
        Assert.Equal("Created", filing.GetProperty("history")[0].GetProperty("action").GetString());

        // An imported draft is complete and submits like any other.
        await FilingsTests.PostAsync(filer, filing, "submit");
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        await (await filer2.GetAsync($"/api/filings/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Broken_rows_are_reported_with_their_reasons_and_only_the_valid_rows_are_saved()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await DraftCountAsync(filer);
        var workbook = Workbook(
            TemplateHeaders,
            Row("好行"),
            Row("坏信用代码", creditCode: "91430702MA4L000000", total: 100m, fixedAssets: 200m),
            Row("坏类别", region: "999999", category: "游戏", total: "一亿"),
            Row(""),
            Row("未知产业链", chain: "NOPE"));

        var result = await (await filer.SendAsync(ImportRequest(workbook))).AssertOkJsonAsync();

        Assert.Equal(5, result.GetProperty("totalRows").GetInt32());
        Assert.Equal(1, result.GetProperty("importedCount").GetInt32());
        Assert.Equal(4, result.GetProperty("failedCount").GetInt32());
        Assert.Equal(before + 1, await DraftCountAsync(filer));

        var errors = result.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("row").GetInt32(),
            e => e.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("field").GetString()!).ToArray());
        Assert.Equal([3, 4, 5, 6], errors.Keys.Order());
        Assert.Contains("creditCode", errors[3]);
        Assert.Contains("plannedFixedAssetInvestment", errors[3]);
        Assert.Contains("category", errors[4]);
        Assert.Contains("plannedTotalInvestment", errors[4]);
        Assert.Contains("projectName", errors[5]);
        Assert.Contains("industryChain", errors[6]);
        var message = result.GetProperty("errors")[0].GetProperty("errors")[0];
        Assert.Equal("统一社会信用代码", message.GetProperty("column").GetString());
        Assert.Contains("“统一社会信用代码”第 9–17 位不是有效的组织机构代码", message.GetProperty("message").GetString(), StringComparison.Ordinal); // the part that is wrong (issue 9 item 5)

        var report = Read(Convert.FromBase64String(result.GetProperty("reportBase64").GetString()!));
        Assert.StartsWith("导入错误报告_", result.GetProperty("reportFileName").GetString(), StringComparison.Ordinal);
        Assert.Equal([.. TemplateHeaders, "错误原因"], report[0].Select(h => h ?? string.Empty).ToArray());
        Assert.Equal(["坏信用代码", "坏类别", null, "未知产业链"], report.Skip(1).Select(r => r[0]));
        Assert.Contains("统一社会信用代码", report[1][^1], StringComparison.Ordinal);

        var list = await (await filer.GetAsync("/api/filings?search=坏")).AssertOkJsonAsync();
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    public static TheoryData<string, byte[]> UnreadableFiles() => new()
    {
        { "not a workbook", "项目名称,投资方名称\n甲,乙"u8.ToArray() },
        { "a zip without a workbook", ZipWithoutWorkbook() },
        { "the wrong header row", Workbook(["名称", "金额"], ["甲项目", 100]) },
        { "a header row and no data", Workbook(TemplateHeaders) },
        { "an empty file", [] },
    };

    private static byte[] ZipWithoutWorkbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("readme.txt");
        }

        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task A_file_that_cannot_be_read_imports_nothing_and_is_a_400_on_file(string why, byte[] content)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await DraftCountAsync(filer);

        var response = await filer.SendAsync(ImportRequest(content));

        var problem = await response.AssertValidationProblemAsync("file");
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("file")[0].GetString()), why);
        Assert.Equal(before, await DraftCountAsync(filer));
    }

    [Fact]
    public async Task More_than_5000_rows_import_nothing()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await DraftCountAsync(filer);
        var rows = Enumerable.Range(0, 5001).Select(i => Row($"超限{i}")).ToArray();

        var errors = await (await filer.SendAsync(ImportRequest(Workbook(TemplateHeaders, rows)))).AssertValidationProblemAsync("file");

        Assert.Contains("5000", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DraftCountAsync(filer));
    }

    [Fact]
    public async Task Imports_allow_10_MiB_refuse_more_and_need_the_CSRF_header_and_the_filer_role()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        // 2 MiB is above the global 1 MiB limit but within the import's: read, and refused as unreadable.
        await (await filer.SendAsync(ImportRequest(new byte[2 * 1024 * 1024]))).AssertValidationProblemAsync("file");
        await (await filer.SendAsync(ImportRequest(new byte[11 * 1024 * 1024]))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too-large");

        var workbook = Workbook(TemplateHeaders, Row("跨站导入"));
        var noHeader = await LoginAsync(DemoLogin.Filer, sendXsrfHeader: false);
        await (await noHeader.SendAsync(ImportRequest(workbook))).AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.SendAsync(ImportRequest(workbook))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var list = await (await filer.GetAsync("/api/filings?search=跨站导入")).AssertOkJsonAsync();
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());

        var missing = new HttpRequestMessage(HttpMethod.Post, "/api/filings/import") { Content = new MultipartFormDataContent { { new StringContent("x"), "other" } } };
        await (await filer.SendAsync(missing)).AssertValidationProblemAsync("file");
    }
}
