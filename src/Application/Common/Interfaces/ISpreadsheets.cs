namespace InvestPromo.Application.Common.Interfaces;

/// <summary>One worksheet to write: its name, its header row and its rows (read once, in order, as they are written).</summary>
public sealed record SpreadsheetSheet(string Name, IReadOnlyList<string> Headers, IAsyncEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>
    /// The columns (0-based) holding amounts as exact decimals (万元): shown with thousands separators and two decimals, more
    /// only when the amount has them (1,999.999999), so the cell shows and keeps the exact value; never rounded.
    /// </summary>
    public IReadOnlyList<int> AmountColumns { get; init; } = [];
}

/// <summary>A row read from a worksheet: its row number as Excel shows it (the header row is 1) and its cells as text.</summary>
public sealed record SpreadsheetRow(int RowNumber, IReadOnlyList<string?> Cells)
{
    public string? Cell(int index) => index < Cells.Count ? Cells[index] : null;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>The first worksheet of a workbook: the header row, then the data rows (blank rows left out).</summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SpreadsheetRow> Rows);

/// <summary>The upload is not a workbook we can read (not .xlsx, a corrupt archive, no worksheet), or has more rows than allowed.</summary>
public sealed class UnreadableSpreadsheetException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>True when the workbook was read but holds more data rows than the caller allows.</summary>
    public bool TooManyRows { get; init; }
}

/// <summary>Excel workbooks (.xlsx): writing sheets of rows, reading the first sheet of an upload. Implemented in Infrastructure.</summary>
public interface ISpreadsheets
{
    /// <summary>
    /// Writes the sheets into a new workbook and returns it positioned at its start. The stream is backed by a temporary
    /// file that is deleted when the stream is disposed, so a large export never sits in memory.
    /// </summary>
    Task<Stream> WriteAsync(IReadOnlyList<SpreadsheetSheet> sheets, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the first worksheet: cells as trimmed text (numbers in invariant culture, dates as yyyy-MM-dd).
    /// Throws <see cref="UnreadableSpreadsheetException"/> when the content is not a readable .xlsx workbook or has more
    /// than <paramref name="maxDataRows"/> non-blank data rows.
    /// </summary>
    SpreadsheetTable ReadFirstSheet(Stream content, int maxDataRows);
}
