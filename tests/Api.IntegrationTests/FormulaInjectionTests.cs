using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;
using InvestPromo.Infrastructure.Excel;
using MiniExcelLibs;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Issue 10 item 7: a text that begins with =, +, -, @, a tab or a carriage return is written with a leading apostrophe in every
/// .xlsx the API writes, so a spreadsheet shows it as text and never runs it; an imported cell that begins with that apostrophe and
/// a trigger loses the apostrophe, so an export imported again gives back the same value.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class FormulaInjectionTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Triggers = ["=", "+", "-", "@"];

    private static List<string?[]> Read(byte[] bytes, string? sheet = null)
    {
        using var stream = new MemoryStream(bytes);
        return MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v is null ? null : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();
    }

    private static async Task<List<string?[]>> SheetAsync(HttpResponseMessage response)
    {
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return Read(await response.Content.ReadAsByteArrayAsync());
    }

    private static Dictionary<string, object?> Dangerous(Guid chain, string trigger)
    {
        var body = FilingsTests.CompleteBody(chain, $"{trigger}HYPERLINK(\"http://evil.example\",\"点我\")");
        body["investorName"] = $"{trigger}1+2 投资方";
        body["recommenderName"] = $"{trigger}引荐人";
        body["contactName"] = $"{trigger}cmd|' /C calc'!A0";
        body["constructionContent"] = $"{trigger}SUM(1,2)\n第二行";
        return body;
    }

    [Fact]
    public async Task Every_export_writes_a_text_that_starts_with_a_trigger_after_an_apostrophe()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        foreach (var trigger in Triggers)
        {
            var filing = await FilingsTests.CreateAsync(filer, Dangerous(chain, trigger));
            await FilingsTests.PostAsync(filer, filing, "submit");
        }

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        foreach (var url in new[] { "/api/filings/export?search=HYPERLINK", "/api/review/queue/export" })
        {
            var sheet = await SheetAsync(await reviewer.GetAsync(url));
            var cells = sheet.Skip(1).SelectMany(r => r).OfType<string>().ToList();
            foreach (var trigger in Triggers)
            {
                Assert.Contains($"'{trigger}HYPERLINK(\"http://evil.example\",\"点我\")", cells);
                Assert.Contains($"'{trigger}1+2 投资方", cells);
                Assert.Contains($"'{trigger}引荐人", cells);
                Assert.Contains($"'{trigger}cmd|' /C calc'!A0", cells);
                Assert.Contains($"'{trigger}SUM(1,2)\n第二行", cells);
            }

            Assert.DoesNotContain(cells, c => Triggers.Any(t => c.StartsWith(t, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task The_import_report_neutralises_and_an_exported_value_imports_back_exactly()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var rows = Triggers.Select(t =>
        {
            var row = ExcelTests.Row($"'{t}公式项目"); // as an export writes it
            row[11] = $"{t}引荐人"; // as someone typed it, not neutralised
            return row;
        }).ToList();
        var broken = ExcelTests.Row("=坏行", creditCode: "91430702MA4L000000");
        broken[12] = "@联系方式";
        rows.Add(broken);

        var result = await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(ExcelTests.TemplateHeaders, [.. rows])))).AssertOkJsonAsync();

        Assert.Equal(Triggers.Length, result.GetProperty("importedCount").GetInt32());
        var ids = result.GetProperty("importedIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        var names = new List<string>();
        foreach (var id in ids)
        {
            var filing = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
            names.Add(filing.GetProperty("projectName").GetString()!);
            Assert.Matches("^[=+\\-@]引荐人$", filing.GetProperty("recommenderName").GetString()!);
        }

        Assert.Equal(Triggers.Select(t => $"{t}公式项目").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal("=坏行", result.GetProperty("errors")[0].GetProperty("projectName").GetString());

        // The error report is an export too; uploaded again as it is, its cells read back as they were typed.
        var report = Convert.FromBase64String(result.GetProperty("reportBase64").GetString()!);
        var sheet = Read(report);
        Assert.Equal("'=坏行", sheet[1][0]);
        Assert.Equal("'@联系方式", sheet[1][12]);
        var again = await (await filer.SendAsync(ExcelTests.ImportRequest(report))).AssertOkJsonAsync();
        Assert.Equal("=坏行", again.GetProperty("errors")[0].GetProperty("projectName").GetString());
        Assert.Equal(0, again.GetProperty("importedCount").GetInt32());

        // And a filing exported is the same text when its cells are imported again.
        var export = await SheetAsync(await filer.GetAsync("/api/filings/export?search=公式项目"));
        var exported = export.Skip(1).Select(r => r[Array.IndexOf(export[0], "项目名称")]!).ToList();
        Assert.All(exported, n => Assert.StartsWith("'", n, StringComparison.Ordinal));
        var reimport = await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(
            ExcelTests.TemplateHeaders, [.. exported.Select(n => ExcelTests.Row(n))])))).AssertOkJsonAsync();
        var reimported = new List<string>();
        foreach (var id in reimport.GetProperty("importedIds").EnumerateArray())
        {
            reimported.Add((await (await filer.GetAsync($"/api/filings/{id.GetGuid()}")).AssertOkJsonAsync()).GetProperty("projectName").GetString()!);
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), reimported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_writer_neutralises_tabs_and_carriage_returns_and_keeps_negative_numbers_as_numbers()
    {
        var writer = new MiniExcelSpreadsheets(new UploadLimitOptions());
        var sheet = new SpreadsheetSheet("S", ["a", "b", "c", "d", "e", "f"], AsRows([["\tTAB", "\rCR", -5m, -2.5, "-3", "'=already"]]));

        await using var content = await writer.WriteAsync([sheet], CancellationToken.None);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        var bytes = buffer.ToArray();

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var part = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var cells = XDocument.Load(part).Descendants(ns + "row").Skip(1).Single().Elements(ns + "c").ToList();
        Assert.Equal("'\tTAB", cells[0].Value);
        Assert.Equal("'\nCR", cells[1].Value); // XML reads a written CR as LF; what matters is the apostrophe before it
        Assert.Equal("n", cells[2].Attribute("t")?.Value ?? "n"); // a number cell
        Assert.Equal("-5", cells[2].Value);
        Assert.Equal("n", cells[3].Attribute("t")?.Value ?? "n");
        Assert.Equal("-2.5", cells[3].Value);
        Assert.Equal("'-3", cells[4].Value); // the text "-3" is text
        Assert.Equal("''=already", cells[5].Value); // a typed apostrophe is kept: reading it back gives "'=already"

        // Read back by the import's reader: the same values as written.
        var table = writer.ReadFirstSheet(new MemoryStream(bytes), new SpreadsheetReadLimits(10, 10, 100));
        Assert.Equal(["TAB", "CR", "-5", "-2.5", "-3", "'=already"], table.Rows.Single().Cells);
    }

    [Fact]
    public async Task A_formula_cell_is_read_by_its_value_never_evaluated()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var workbook = ExcelTests.Workbook(ExcelTests.TemplateHeaders, ExcelTests.Row("公式单元格"));
        // The project name cell becomes a formula whose cached value is "公式结果".
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = await reader.ReadToEndAsync();
            }

            var start = xml.IndexOf("<x:c r=\"A2\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</x:c>", start, StringComparison.Ordinal) + "</x:c>".Length;
            Assert.True(start > 0, xml[..Math.Min(xml.Length, 2000)]);
            xml = xml[..start] + "<x:c r=\"A2\" t=\"str\"><x:f>CONCATENATE(\"公式\",\"结果\")&amp;HYPERLINK(\"http://evil.example\")</x:f><x:v>公式结果</x:v></x:c>" + xml[end..];
            entry.Delete();
            await using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            await writer.WriteAsync(xml);
        }

        var result = await (await filer.SendAsync(ExcelTests.ImportRequest(stream.ToArray()))).AssertOkJsonAsync();
        var id = result.GetProperty("importedIds")[0].GetGuid();
        var filing = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("公式结果", filing.GetProperty("projectName").GetString());
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> AsRows(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
