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

/// <summary>
/// What a read keeps of a worksheet. <paramref name="MaxDataRows"/>: the rows below the header row, blank ones included, counted
/// as they stream (one more is refused). <paramref name="MaxColumns"/>: cells right of these are skipped unread.
/// <paramref name="MaxCellChars"/>: a cell keeps at most one character more than this (so the caller sees it is too long, and
/// refuses it by its field's own limit) and the rest is never copied.
/// </summary>
public sealed record SpreadsheetReadLimits(int MaxDataRows, int MaxColumns, int MaxCellChars);

/// <summary>
/// The upload is not a workbook we can read (not a zip, a corrupt or encrypted one, no worksheet), is too large once inflated,
/// or has more rows than allowed.
/// </summary>
public sealed class UnreadableSpreadsheetException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>True when the worksheet holds more rows (blank ones included) than the caller allows.</summary>
    public bool TooManyRows { get; init; }

    /// <summary>True when a part of the workbook inflates (or declares it would) past the upload limits: a zip bomb or a huge part.</summary>
    public bool TooLarge { get; init; }
}

/// <summary>Excel workbooks (.xlsx): writing sheets of rows, reading the first sheet of an upload. Implemented in Infrastructure.</summary>
public interface ISpreadsheets
{
    /// <summary>
    /// Writes the sheets into a new workbook and returns it positioned at its start. Every text goes through
    /// <see cref="Models.SpreadsheetText.Neutralise"/>, so no cell can be taken for a formula. The stream is backed by a temporary
    /// file that is deleted when the stream is disposed, so a large export never sits in memory.
    /// </summary>
    Task<Stream> WriteAsync(IReadOnlyList<SpreadsheetSheet> sheets, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the first worksheet as it streams: cells as trimmed text (numbers in invariant culture, a formula by its value
    /// text, never evaluated; a neutralised text restored by <see cref="Models.SpreadsheetText.Restore"/>), within
    /// <paramref name="limits"/>. The zip's parts are checked against the upload limits before anything is parsed. Throws
    /// <see cref="UnreadableSpreadsheetException"/> when the content is not a readable .xlsx workbook, is too large once
    /// inflated, or has more rows than allowed.
    /// </summary>
    SpreadsheetTable ReadFirstSheet(Stream content, SpreadsheetReadLimits limits);
}
