using System.Globalization;
using System.Runtime.CompilerServices;
using InvestPromo.Application.Common.Interfaces;
using MiniExcelLibs;
using InvestPromo.Application.Common.Models;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace InvestPromo.Infrastructure.Excel;

/// <summary>
/// .xlsx written through MiniExcel, which writes rows as they are enumerated (an export never materialises its rows); every text
/// neutralised against formula injection (<see cref="SpreadsheetText"/>). Uploads are read by <see cref="XlsxSheetReader"/>, which
/// bounds what a hostile file can cost (<see cref="UploadLimitOptions"/>).
/// </summary>
public sealed class MiniExcelSpreadsheets(UploadLimitOptions uploads) : ISpreadsheets
{
    public async Task<Stream> WriteAsync(IReadOnlyList<SpreadsheetSheet> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        var amountColumns = new List<DynamicExcelColumn>();
        for (var i = 0; i < sheets.Count; i++)
        {
            var keys = Enumerable.Range(0, sheets[i].Headers.Count).Select(c => $"{i}{ColumnName(c)}").ToArray();
            workbook[sheets[i].Name] = Rows(sheets[i], keys, cancellationToken);
            amountColumns.AddRange(sheets[i].AmountColumns.Where(c => c < keys.Length).Select(c => new DynamicExcelColumn(keys[c]) { Format = AmountFormat, Width = 18 }));
        }

        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"investpromo-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            // The header row is written as the first row so a sheet without data rows still has its headers.
            var configuration = new OpenXmlConfiguration
            {
                FreezeRowCount = 1, AutoFilter = false, EnableWriteNullValueCell = true, FastMode = true, DynamicColumns = [.. amountColumns],
            };
            await MiniExcel.SaveAsAsync(file, workbook, printHeader: false, configuration: configuration, cancellationToken: cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public SpreadsheetTable ReadFirstSheet(Stream content, SpreadsheetReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            return XlsxSheetReader.Read(content, limits, uploads);
        }
        catch (UnreadableSpreadsheetException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Not a zip, an encrypted or corrupt one, a zip without a workbook, malformed XML...: the file cannot be read.
            throw new UnreadableSpreadsheetException("The file is not a readable .xlsx workbook.", e);
        }
    }

    /// <summary>
    /// An amount cell's number format: thousands separators and two decimals, up to four more only when the amount has them
    /// (a fen is the sixth decimal of a 万元), so what the cell shows is the exact amount it holds: 12,345.67, 2,000.00,
    /// 1,999.999999, never a rounded 2,000.00 for 19,999,999.99 yuan.
    /// </summary>
    public const string AmountFormat = "#,##0.00####";

    /// <summary>The rows under keys unique across the workbook ("0A", "1A", …), so a column's format belongs to one sheet only.</summary>
    private static async IAsyncEnumerable<Dictionary<string, object?>> Rows(SpreadsheetSheet sheet, string[] keys, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Row(keys, [.. sheet.Headers], []);
        await foreach (var row in sheet.Rows.WithCancellation(ct))
        {
            yield return Row(keys, row, sheet.AmountColumns);
        }
    }

    private static Dictionary<string, object?> Row(string[] keys, IReadOnlyList<object?> values, IReadOnlyList<int> amountColumns)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var value = i < values.Count ? values[i] : null;
            row[keys[i]] = value switch
            {
                decimal amount when amountColumns.Contains(i) => AmountCell(amount),
                string text => SpreadsheetText.Neutralise(text),
                _ => value,
            };
        }

        return row;
    }

    /// <summary>
    /// An amount as a number when a spreadsheet's number (a double, read back to 15 significant digits) keeps it exactly, else as
    /// its exact text: beyond 15 significant digits a number cell would round it, and the import reads either form.
    /// </summary>
    private static object AmountCell(decimal amount) =>
        (decimal)(double)amount == amount ? amount : amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>A, B, … Z, AA, AB, …: the column's name, used as the row's keys.</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
