namespace InvestPromo.Application.Common.Models;

/// <summary>
/// The checks every import makes of an uploaded sheet as a whole (the filings', the monthly reports'): not empty, readable, at
/// most the template's rows, within the upload limits, the template's header row, at least one data row. Anything else is a 400
/// on "file" and imports nothing; the rows are then read one by one by the import's own reader.
/// </summary>
public static class SpreadsheetImport
{
    public const string FileField = "file";

    /// <summary>
    /// The first sheet of <paramref name="content"/>, its header row matching <paramref name="headers"/> (either language, spaces
    /// and bracket widths ignored). <paramref name="refuseHeaders"/> may refuse a known other header row (an old template) with its
    /// own message before the generic mismatch.
    /// </summary>
    public static SpreadsheetTable ReadTable(
        ISpreadsheets spreadsheets, byte[] content, SpreadsheetReadLimits limits, IReadOnlyList<Localized> headers,
        Func<IReadOnlyList<string>, RequestValidationException?>? refuseHeaders = null)
    {
        ArgumentNullException.ThrowIfNull(spreadsheets);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(headers);
        var maxRows = limits.MaxDataRows;
        if (content.Length == 0)
        {
            throw RequestValidationException.For(FileField, new Localized("文件为空。", "The file is empty.").Current);
        }

        SpreadsheetTable table;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            table = spreadsheets.ReadFirstSheet(stream, limits);
        }
        catch (UnreadableSpreadsheetException e) when (e.TooManyRows)
        {
            throw RequestValidationException.For(FileField, new Localized(
                $"一次最多导入 {maxRows} 行（空行也计算在内），请拆分文件或删除多余的空行。",
                $"At most {maxRows} rows (blank rows included) can be imported at once; split the file or delete the extra blank rows.").Current);
        }
        catch (UnreadableSpreadsheetException e) when (e.TooLarge)
        {
            throw RequestValidationException.For(FileField, new Localized(
                $"文件解压后过大或压缩比异常，不是由导入模板填写的文件，未导入。请上传由导入模板填写的 .xlsx 文件（最多 {maxRows} 行）。",
                $"The file inflates to far more than a filled-in template; nothing was imported. Upload an .xlsx file filled in from the import template (at most {maxRows} rows).").Current);
        }
        catch (UnreadableSpreadsheetException)
        {
            throw RequestValidationException.For(FileField, new Localized(
                "无法读取文件，请上传由导入模板填写的 .xlsx 文件。",
                "The file cannot be read; upload an .xlsx file filled in from the import template.").Current);
        }

        var headersMatch = table.Headers.Count >= headers.Count
            && headers.Select((h, i) => Normalise(table.Headers[i]) == Normalise(h.Zh) || Normalise(table.Headers[i]) == Normalise(h.En)).All(ok => ok);
        if (!headersMatch && refuseHeaders?.Invoke(table.Headers) is { } refused)
        {
            throw refused;
        }

        if (!headersMatch)
        {
            throw RequestValidationException.For(FileField, new Localized(
                $"第1行的列名与导入模板不符，应依次为：{string.Join("、", headers.Select(h => h.Zh))}。",
                $"The header row does not match the import template; expected: {string.Join(", ", headers.Select(h => h.En))}.").Current);
        }

        if (table.Rows.Count == 0)
        {
            throw RequestValidationException.For(FileField, new Localized("文件中没有数据行。", "The file has no data rows.").Current);
        }

        return table;
    }

    /// <summary>A header as compared: no spaces, full-width brackets as ASCII ones, upper case.</summary>
    public static string Normalise(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('\uFF08', '(').Replace('\uFF09', ')').ToUpperInvariant();
    }
}
