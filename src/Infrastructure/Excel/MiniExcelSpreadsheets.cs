using System.Globalization;
using System.Runtime.CompilerServices;
using InvestPromo.Application.Common.Interfaces;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace InvestPromo.Infrastructure.Excel;

/// <summary>
/// .xlsx through MiniExcel: it writes rows as they are enumerated (an export never materialises its rows) and reads
/// rows lazily, so an upload is read only up to the row cap.
/// </summary>
public sealed class MiniExcelSpreadsheets : ISpreadsheets
{
    public async Task<Stream> WriteAsync(IReadOnlyList<SpreadsheetSheet> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            workbook[sheet.Name] = Rows(sheet, cancellationToken);
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
            var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = false, EnableWriteNullValueCell = true, FastMode = true };
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

    public SpreadsheetTable ReadFirstSheet(Stream content, int maxDataRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            IReadOnlyList<string>? headers = null;
            var rows = new List<SpreadsheetRow>();
            var rowNumber = 0;
            foreach (IDictionary<string, object?> raw in MiniExcel.Query(content, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                rowNumber++;
                var cells = raw.Values.Select(Text).ToList();
                if (headers is null)
                {
                    if (cells.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    headers = [.. cells.Select(c => c ?? string.Empty)];
                    continue;
                }

                var row = new SpreadsheetRow(rowNumber, cells);
                if (row.IsBlank)
                {
                    continue;
                }

                if (rows.Count == maxDataRows)
                {
                    throw new UnreadableSpreadsheetException($"More than {maxDataRows} data rows.") { TooManyRows = true };
                }

                rows.Add(row);
            }

            return new SpreadsheetTable(headers ?? [], rows);
        }
        catch (UnreadableSpreadsheetException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Not a zip, a zip without a workbook, malformed XML...: whatever the library threw, the file cannot be read.
            throw new UnreadableSpreadsheetException("The file is not a readable .xlsx workbook.", e);
        }
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> Rows(SpreadsheetSheet sheet, [EnumeratorCancellation] CancellationToken ct)
    {
        var keys = Enumerable.Range(0, sheet.Headers.Count).Select(ColumnName).ToArray();
        yield return Row(keys, [.. sheet.Headers]);
        await foreach (var row in sheet.Rows.WithCancellation(ct))
        {
            yield return Row(keys, row);
        }
    }

    private static Dictionary<string, object?> Row(string[] keys, IReadOnlyList<object?> values)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            row[keys[i]] = i < values.Count ? values[i] : null;
        }

        return row;
    }

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

    private static string? Text(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d when Math.Abs(d) < 7.9e27 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.TimeOfDay == TimeSpan.Zero
                ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
