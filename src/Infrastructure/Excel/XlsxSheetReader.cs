using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;

namespace InvestPromo.Infrastructure.Excel;

/// <summary>
/// Reads the first worksheet of an uploaded .xlsx as it streams, so what an upload costs is bounded before and while it is read:
/// <list type="number">
/// <item>the zip's directory first: every part's declared size and compression ratio against <see cref="UploadLimitOptions"/>,
/// before a byte is inflated;</item>
/// <item>each part read through a <see cref="LimitedReadStream"/> that fails once more than the part limit has been inflated,
/// whatever the part declared;</item>
/// <item>rows counted by their row number as they stream, blank and skipped ones included, stopping one past the limit;</item>
/// <item>cells right of the last column wanted skipped, each cell's text copied only up to one character past the limit
/// (read in chunks, never as one string).</item>
/// </list>
/// Formulas are read by their cached value, never evaluated. Number cells read as MiniExcel read them (invariant decimals);
/// dates are not converted (no import column holds a date).
/// </summary>
internal static class XlsxSheetReader
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static SpreadsheetTable Read(Stream content, SpreadsheetReadLimits limits, UploadLimitOptions options)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var parts = CheckParts(zip, options);
        var sheetPath = FirstSheetPath(parts, options) ?? throw new UnreadableSpreadsheetException("The workbook has no worksheet.");
        var sheet = parts.GetValueOrDefault(sheetPath) ?? throw new UnreadableSpreadsheetException("The workbook's first worksheet is missing.");
        var shared = parts.TryGetValue("xl/sharedStrings.xml", out var sharedPart) ? SharedStrings(sharedPart, limits, options) : [];
        return Sheet(sheet, shared, limits, options);
    }

    /// <summary>The parts by name, once each has been checked against the limits by what the zip's directory declares.</summary>
    private static Dictionary<string, ZipArchiveEntry> CheckParts(ZipArchive zip, UploadLimitOptions options)
    {
        if (zip.Entries.Count > options.MaxParts)
        {
            throw TooLarge($"The workbook has {zip.Entries.Count} parts; at most {options.MaxParts} are read.");
        }

        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (entry.IsEncrypted)
            {
                throw new UnreadableSpreadsheetException($"The part {entry.FullName} is encrypted.");
            }

            if (entry.Length > options.MaxPartBytes)
            {
                throw TooLarge($"The part {entry.FullName} inflates to {entry.Length} bytes; at most {options.MaxPartBytes} are read.");
            }

            if (entry.Length > options.RatioCheckedAboveBytes && entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw TooLarge($"The part {entry.FullName} inflates {entry.Length / (double)Math.Max(1, entry.CompressedLength):0} times; at most {options.MaxCompressionRatio} is read.");
            }

            parts.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        return parts;
    }

    private static UnreadableSpreadsheetException TooLarge(string reason) => new(reason) { TooLarge = true };

    private static XmlReader Open(ZipArchiveEntry entry, UploadLimitOptions options) =>
        XmlReader.Create(new LimitedReadStream(entry.Open(), options.MaxPartBytes, entry.FullName), XmlSettings);

    /// <summary>The first sheet's part: the workbook's first &lt;sheet&gt;, through the workbook's relationships.</summary>
    private static string? FirstSheetPath(Dictionary<string, ZipArchiveEntry> parts, UploadLimitOptions options)
    {
        if (!parts.TryGetValue("xl/workbook.xml", out var workbook))
        {
            return null;
        }

        string? id = null;
        using (var reader = Open(workbook, options))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    id = reader.GetAttribute("id", RelationshipsNamespace);
                    break;
                }
            }
        }

        if (id is null || !parts.TryGetValue("xl/_rels/workbook.xml.rels", out var relationships))
        {
            return parts.ContainsKey("xl/worksheets/sheet1.xml") ? "xl/worksheets/sheet1.xml" : null;
        }

        using (var reader = Open(relationships, options))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == id
                    && reader.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return null;
    }

    /// <summary>The shared strings, each cut one character past the cell limit.</summary>
    private static List<string> SharedStrings(ZipArchiveEntry part, SpreadsheetReadLimits limits, UploadLimitOptions options)
    {
        var strings = new List<string>();
        var text = new CappedText(limits.MaxCellChars + 1);
        using var reader = Open(part, options);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && !reader.IsEmptyElement)
            {
                text.Clear();
                ReadRichText(reader, text);
                strings.Add(text.ToString());
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(string.Empty);
            }
        }

        return strings;
    }

    /// <summary>From an &lt;si&gt; or &lt;is&gt; start to its end: the text of its &lt;t&gt; elements (runs included, phonetic hints left out).</summary>
    private static void ReadRichText(XmlReader reader, CappedText text)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                ReadText(reader, text);
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (!reader.Read())
            {
                return;
            }
        }
    }

    /// <summary>From an element's start to its end (left on its end): its text, in chunks, kept up to the cap.</summary>
    private static void ReadText(XmlReader reader, CappedText text)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(text.Buffer, 0, text.Buffer.Length)) > 0)
                {
                    text.Append(text.Buffer.AsSpan(0, read));
                }
            }
        }
    }

    private static SpreadsheetTable Sheet(ZipArchiveEntry part, List<string> shared, SpreadsheetReadLimits limits, UploadLimitOptions options)
    {
        IReadOnlyList<string>? headers = null;
        var headerRow = 0;
        var rows = new List<SpreadsheetRow>();
        var rowNumber = 0;
        var cells = new string?[limits.MaxColumns];
        var text = new CappedText(limits.MaxCellChars + 1);
        using var reader = Open(part, options);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > rowNumber ? r : rowNumber + 1;
            // Every row counts, blank or left out of the file: past the limit, the rest is never read.
            if (rowNumber - (headers is null ? 1 : headerRow) > limits.MaxDataRows)
            {
                throw new UnreadableSpreadsheetException($"More than {limits.MaxDataRows} rows.") { TooManyRows = true };
            }

            Array.Clear(cells);
            var width = ReadRow(reader, cells, shared, text);
            if (width == 0)
            {
                continue;
            }

            if (headers is null)
            {
                headers = [.. cells.Take(width).Select(c => c ?? string.Empty)];
                headerRow = rowNumber;
                continue;
            }

            rows.Add(new SpreadsheetRow(rowNumber, [.. cells.Take(width)]));
        }

        return new SpreadsheetTable(headers ?? [], rows);
    }

    /// <summary>From a &lt;row&gt; start to its end: its cells' text into <paramref name="cells"/>; answers one past the last cell holding text (0 when blank).</summary>
    private static int ReadRow(XmlReader reader, string?[] cells, List<string> shared, CappedText text)
    {
        if (reader.IsEmptyElement)
        {
            return 0;
        }

        var width = 0;
        var next = 0;
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                if (!reader.Read())
                {
                    break;
                }

                continue;
            }

            var column = Column(reader.GetAttribute("r")) ?? next;
            next = column + 1;
            if (column >= cells.Length)
            {
                reader.Skip(); // right of the columns wanted: never read
                continue;
            }

            var value = Cell(reader, reader.GetAttribute("t"), shared, text);
            reader.Read();
            if (value is not null)
            {
                cells[column] = value;
                width = Math.Max(width, column + 1);
            }
        }

        return width;
    }

    /// <summary>From a &lt;c&gt; start to its end (left on its end): the cell's value as trimmed text, null when empty.</summary>
    private static string? Cell(XmlReader reader, string? type, List<string> shared, CappedText text)
    {
        text.Clear();
        var hasValue = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (reader.Depth > depth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    ReadText(reader, text);
                    hasValue = true;
                    reader.Read();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                {
                    ReadRichText(reader, text);
                    hasValue = true;
                    reader.Read();
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    // <f>: the formula itself is never read, let alone evaluated; its cached <v> is the value.
                    reader.Skip();
                }
                else if (!reader.Read())
                {
                    break;
                }
            }
        }

        if (!hasValue)
        {
            return null;
        }

        var raw = text.ToString();
        var value = type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count
                ? SpreadsheetText.Restore(shared[index])
                : throw new UnreadableSpreadsheetException("A cell refers to a shared string that does not exist."),
            "b" => raw.Trim() == "1" ? "TRUE" : "FALSE",
            "inlineStr" or "str" or "e" => SpreadsheetText.Restore(raw),
            "d" => raw,
            _ => Number(raw),
        };
        value = value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A number cell as MiniExcel read it: a double, written as an invariant decimal; anything else as it is.</summary>
    private static string Number(string raw)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return SpreadsheetText.Restore(raw);
        }

        return Math.Abs(d) < 7.9e27 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>"C12" → 2; null when the reference is missing or not a cell reference.</summary>
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && i < 4 && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
        }

        return i == 0 || i > 3 ? null : column - 1;
    }

    /// <summary>Text kept up to a number of characters; what comes after is counted as dropped, never stored.</summary>
    private sealed class CappedText(int cap)
    {
        private readonly StringBuilder builder = new();

        /// <summary>The buffer chunks are read into, one per read, not one per cell.</summary>
        public char[] Buffer { get; } = new char[4096];

        public void Clear() => builder.Clear();

        public void Append(ReadOnlySpan<char> chunk)
        {
            var room = cap - builder.Length;
            if (room > 0)
            {
                builder.Append(chunk[..Math.Min(room, chunk.Length)]);
            }
        }

        public override string ToString() => builder.ToString();
    }
}

/// <summary>A read-only stream over an inflating part that fails once more than <c>limit</c> bytes have come out of it.</summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string name) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        read += n;
        if (read > limit)
        {
            throw new UnreadableSpreadsheetException($"The part {name} inflates past {limit} bytes.") { TooLarge = true };
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
