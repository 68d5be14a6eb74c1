using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Infrastructure.Excel;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Issue 10 item 1: uploads built to burn CPU or memory are refused with a 400 ProblemDetails, quickly and cheaply. Each hostile
/// file is built here, in code, with the numbers (3,000,000 blank rows; one 50 MB cell; …).
/// <para>
/// Memory is measured as <see cref="GC.GetTotalAllocatedBytes(bool)"/> (precise) across the request: the server runs in this
/// process, and the API tests of the collection run one at a time, so the delta is every byte the request allocated, on any
/// thread. It is an upper bound of the extra memory the request needed (a peak working set would be lower, but is noisy: it
/// depends on when the GC runs and on what other processes share the machine); if the bytes allocated stay under 100 MB, the
/// memory held cannot have grown by more.
/// </para>
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class HostileUploadTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const long MaxAllocatedBytes = 100L * 1024 * 1024;

    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    /// <summary>The longest a quoted bad value may be in an answer: 20 characters and "…".</summary>
    private const int MaxQuoteChars = 21;

    private static readonly string[] Headers = ExcelTests.TemplateHeaders;

    /// <summary>Sends the request once, and answers the response with the time and the bytes allocated while it ran.</summary>
    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed, long Allocated)> MeasureAsync(HttpClient client, Func<HttpRequestMessage> request)
    {
        using var message = request();
        await message.Content!.LoadIntoBufferAsync(); // the test's own copy of the body is not the server's work
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(message);
        await response.Content.LoadIntoBufferAsync();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        return (response, clock.Elapsed, allocated);
    }

    private async Task<JsonElementAndBody> AssertRefusedCheaplyAsync(byte[] workbook, string why)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        // A small valid import first, so the code paths are compiled before the clock starts.
        await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(Headers, ExcelTests.Row("预热"))))).AssertOkJsonAsync();

        var (response, elapsed, allocated) = await MeasureAsync(filer, () => ExcelTests.ImportRequest(workbook));

        var body = await response.Content.ReadAsStringAsync();
        var errors = await response.AssertValidationProblemAsync("file");
        Assert.True(elapsed < MaxTime, $"{why}: answered in {elapsed.TotalSeconds:0.00} s");
        Assert.True(allocated < MaxAllocatedBytes, $"{why}: the request allocated {allocated / 1024 / 1024} MB");
        Assert.True(body.Length < 4096, $"{why}: the answer is {body.Length} characters long");
        return new(errors, body);
    }

    private sealed record JsonElementAndBody(System.Text.Json.JsonElement Errors, string Body);

    [Fact]
    public async Task A_workbook_of_3_000_000_blank_rows_is_a_400_within_2_seconds()
    {
        // Rows without a number count as the next one, as in the file of the issue (63 MB of sheet XML, 161 KB zipped).
        var workbook = Xlsx(sheet: SheetXml(writer =>
        {
            for (var r = 2; r <= 3_000_001; r++)
            {
                writer.Write("<row spans=\"1:15\"/>\n");
            }
        }));
        Assert.True(workbook.Length < 400 * 1024, $"{workbook.Length} bytes");

        await AssertRefusedCheaplyAsync(workbook, "3,000,000 blank rows");
    }

    [Fact]
    public async Task A_workbook_with_one_50_MB_cell_is_a_400_that_does_not_echo_the_cell()
    {
        var workbook = Xlsx(sheet: SheetXml(writer =>
        {
            writer.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            var chunk = new string('X', 1024 * 1024);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("</t></is></c></row>");
        }));
        Assert.True(workbook.Length < 200 * 1024, $"{workbook.Length} bytes"); // the file was 57 KB

        var refused = await AssertRefusedCheaplyAsync(workbook, "one 50 MB cell");
        Assert.DoesNotContain("XXXXXXXXXXXXXXXXXXXXXX", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_that_inflates_more_than_100_times_is_a_400()
    {
        // 16 MB of spaces (within the size of a part) in 16 KB: a bomb by its ratio, not by its size.
        var workbook = Xlsx(sheet: SheetXml(_ => { }), extra: ("xl/styles.xml", writer =>
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            writer.Write(new string(' ', 16 * 1024 * 1024));
            writer.Write("</styleSheet>");
        }));

        await AssertRefusedCheaplyAsync(workbook, "a high-ratio part");
    }

    [Fact]
    public async Task A_part_whose_declared_size_lies_is_a_400()
    {
        // 1,500,000 blank rows (about 30 MB of XML) declared as 1,000 bytes: the declared size passes every check, the bytes
        // inflated do not.
        var workbook = Xlsx(sheet: SheetXml(writer =>
        {
            for (var r = 2; r <= 1_500_001; r++)
            {
                writer.Write("<row r=\"");
                writer.Write(r);
                writer.Write("\"/>");
            }
        }));
        var lying = DeclareSize(workbook, "xl/worksheets/sheet1.xml", 1_000);

        await AssertRefusedCheaplyAsync(lying, "a part whose declared size lies");
    }

    [Fact]
    public async Task A_huge_shared_strings_part_is_a_400()
    {
        // 1,500,000 distinct shared strings (about 40 MB of XML), each referenced by nothing.
        var workbook = Xlsx(sheet: SheetXml(_ => { }), extra: ("xl/sharedStrings.xml", writer =>
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (var i = 0; i < 1_500_000; i++)
            {
                writer.Write("<si><t>共享字符串");
                writer.Write(i);
                writer.Write("</t></si>");
            }

            writer.Write("</sst>");
        }));

        await AssertRefusedCheaplyAsync(workbook, "a huge sharedStrings part");
    }

    /// <summary>The reader with the part limits lifted: what stops it then is the row count and the cell cap, as it streams.</summary>
    private static MiniExcelSpreadsheets Unbounded() => new(new UploadLimitOptions { MaxPartBytes = 1L << 30, MaxCompressionRatio = 1e6 });

    [Fact]
    public void Rows_are_counted_as_they_stream_blank_ones_included_even_when_the_parts_are_allowed()
    {
        var workbook = Xlsx(sheet: SheetXml(writer =>
        {
            for (var r = 2; r <= 3_000_001; r++)
            {
                writer.Write("<row spans=\"1:15\"/>\n");
            }
        }));

        var clock = Stopwatch.StartNew();
        var refused = Assert.Throws<UnreadableSpreadsheetException>(() => Unbounded().ReadFirstSheet(new MemoryStream(workbook), FilingSheets.ImportReadLimits));

        Assert.True(refused.TooManyRows);
        Assert.True(clock.Elapsed < MaxTime, $"{clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public void A_cell_is_copied_only_up_to_one_character_past_the_limit_even_when_the_parts_are_allowed()
    {
        var workbook = Xlsx(sheet: SheetXml(writer =>
        {
            writer.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            var chunk = new string('X', 1024 * 1024);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("</t></is></c></row>");
        }));

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var table = Unbounded().ReadFirstSheet(new MemoryStream(workbook), FilingSheets.ImportReadLimits);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(FilingSheets.ImportReadLimits.MaxCellChars + 1, table.Rows.Single().Cell(0)!.Length);
        Assert.True(allocated < MaxAllocatedBytes, $"reading allocated {allocated / 1024 / 1024} MB");
    }

    public static TheoryData<string, byte[]> NotWorkbooks() => new()
    {
        { "not a zip", Encoding.UTF8.GetBytes(new string('A', 4096)) },
        { "a truncated zip", ExcelTests.Workbook(Headers, ExcelTests.Row("截断"))[..600] },
        { "an encrypted workbook (an OLE compound file)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]] },
        { "a zip whose entry is encrypted", EncryptedEntry() },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public async Task A_file_that_is_not_a_readable_zip_is_a_400_never_a_500(string why, byte[] content)
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        var errors = await (await filer.SendAsync(ExcelTests.ImportRequest(content))).AssertValidationProblemAsync("file");

        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty("file")[0].GetString()), why);
    }

    [Fact]
    public async Task A_cell_above_its_fields_length_is_refused_and_quoted_by_a_short_prefix()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var longName = "超长项目名称" + new string('长', 300); // 项目名称 allows 200
        var longContent = new string('建', 5_000); // 建设内容 allows 4,000
        var row = ExcelTests.Row(longName);
        row[9] = longContent;
        var badCategory = "不存在的类别" + new string('类', 500);
        var other = ExcelTests.Row("坏类别很长", category: badCategory);

        var result = await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(Headers, row, other)))).AssertOkJsonAsync();

        Assert.Equal(0, result.GetProperty("importedCount").GetInt32());
        var first = result.GetProperty("errors")[0];
        Assert.True(first.GetProperty("projectName").GetString()!.Length <= MaxQuoteChars, first.GetProperty("projectName").GetString());
        var fields = first.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Contains("200", fields["projectName"], StringComparison.Ordinal);
        Assert.Contains("4000", fields["constructionContent"], StringComparison.Ordinal);
        var category = result.GetProperty("errors")[1].GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("field").GetString() == "category");
        Assert.Contains("“不存在的类别类类类类类类类类类类类类类类…”", category.GetProperty("message").GetString(), StringComparison.Ordinal);
        foreach (var error in result.GetProperty("errors").EnumerateArray().SelectMany(r => r.GetProperty("errors").EnumerateArray()))
        {
            Assert.True(error.GetProperty("message").GetString()!.Length < 300, error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task A_huge_calendar_file_is_a_400_within_2_seconds()
    {
        var admin = await AdminAsync();
        // 1,000,000 bytes (under the 1 MiB body limit, over the import's 256 KiB): refused before it is parsed.
        var huge = "{\"year\":2027,\"days\":[" + string.Join(',', Enumerable.Repeat("{\"date\":\"2027-01-01\",\"kind\":\"Holiday\",\"name\":\"元旦\"}", 18_000)) + "]}";

        var (response, elapsed, allocated) = await MeasureAsync(admin, () => new HttpRequestMessage(HttpMethod.Post, "/api/calendar/years/2027/import") { Content = CalendarFile(huge) });

        await response.AssertValidationProblemAsync("file");
        Assert.True(elapsed < MaxTime, $"answered in {elapsed.TotalSeconds:0.00} s");
        Assert.True(allocated < MaxAllocatedBytes, $"the request allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public async Task A_calendar_file_within_256_KiB_cannot_burn_CPU_or_echo_itself()
    {
        var admin = await AdminAsync();
        // 4,500 copies of one day (about 250 KB): more days than a year has, refused on the count, not compared pairwise.
        var many = "{\"year\":2027,\"days\":[" + string.Join(',', Enumerable.Repeat("{\"date\":\"2027-01-01\",\"kind\":\"Holiday\",\"name\":\"元旦\"}", 4_500)) + "]}";
        var (response, elapsed, allocated) = await MeasureAsync(admin, () => new HttpRequestMessage(HttpMethod.Post, "/api/calendar/years/2027/import") { Content = CalendarFile(many) });
        var body = await response.Content.ReadAsStringAsync();
        await response.AssertValidationProblemAsync("days");
        Assert.True(elapsed < MaxTime, $"answered in {elapsed.TotalSeconds:0.00} s");
        Assert.True(allocated < MaxAllocatedBytes, $"the request allocated {allocated / 1024 / 1024} MB");
        Assert.True(body.Length < 4096, $"the answer is {body.Length} characters long");

        // Nested 10,000 deep: refused by depth.
        var deep = "{\"year\":2027,\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"Holiday\",\"name\":\"元旦\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}";
        await (await admin.PostAsync("/api/calendar/years/2027/import", CalendarFile(deep))).AssertValidationProblemAsync();

        // A 200 KB property name where the file breaks off: the error names the place by a short prefix, never the whole name.
        var name = new string('n', 200 * 1024);
        var broken = "{\"year\":2027,\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"Holiday\",\"" + name + "\":";
        var brokenResponse = await admin.PostAsync("/api/calendar/years/2027/import", CalendarFile(broken));
        var brokenBody = await brokenResponse.Content.ReadAsStringAsync();
        await brokenResponse.AssertValidationProblemAsync();
        Assert.True(brokenBody.Length < 4096, $"the answer is {brokenBody.Length} characters long");
        await (await admin.GetAsync("/api/calendar/years/2027")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static MultipartFormDataContent CalendarFile(string json)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "2027.json");
        return form;
    }

    /// <summary>A worksheet: the template's header row (inline strings), then what <paramref name="rows"/> writes.</summary>
    private static Action<StreamWriter> SheetXml(Action<StreamWriter> rows) => writer =>
    {
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        for (var i = 0; i < Headers.Length; i++)
        {
            writer.Write($"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{Headers[i]}</t></is></c>");
        }

        writer.Write("</row>");
        rows(writer);
        writer.Write("</sheetData></worksheet>");
    };

    /// <summary>A minimal .xlsx built by hand: the parts Excel needs, the sheet as given, and one extra part if any.</summary>
    private static byte[] Xlsx(Action<StreamWriter> sheet, (string Path, Action<StreamWriter> Write)? extra = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, Action<StreamWriter> write)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
                write(writer);
            }

            Part("[Content_Types].xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
            Part("_rels/.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part("xl/workbook.xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part("xl/_rels/workbook.xml.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
            Part("xl/worksheets/sheet1.xml", sheet);
            if (extra is { } part)
            {
                Part(part.Path, part.Write);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The workbook with the uncompressed size of one entry rewritten, in its local header and its central directory record.</summary>
    private static byte[] DeclareSize(byte[] zip, string entry, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var (nameOffset, sizeOffset) = signature switch
            {
                0x04034b50 => (30, 22), // local file header
                0x02014b50 => (46, 24), // central directory record
                _ => (-1, -1),
            };
            if (nameOffset < 0 || i + nameOffset + name.Length > bytes.Length || !bytes.AsSpan(i + nameOffset, name.Length).SequenceEqual(name))
            {
                continue;
            }

            BitConverter.GetBytes(size).CopyTo(bytes, i + sizeOffset);
            patched++;
        }

        Assert.Equal(2, patched);
        return bytes;
    }

    /// <summary>A zip whose one entry has the "encrypted" flag set (traditional PKWARE encryption): it cannot be read.</summary>
    private static byte[] EncryptedEntry()
    {
        var bytes = ExcelTests.Workbook(Headers, ExcelTests.Row("加密"));
        for (var i = 0; i + 8 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50)
            {
                bytes[i + 6] |= 1; // general purpose flag, bit 0
            }
            else if (signature == 0x02014b50)
            {
                bytes[i + 8] |= 1;
            }
        }

        return bytes;
    }
}
