namespace InvestPromo.Application.Common.Models;

/// <summary>
/// Configuration section "Uploads": what an uploaded workbook (.xlsx, a zip of XML parts) may inflate to, checked on the zip's
/// directory before anything is parsed, and again while each part is read (a part that inflates past
/// <see cref="MaxPartBytes"/> stops there, whatever size it declared).
/// <para>
/// The defaults fit a genuine import of 5,000 rows with room to spare: the template's sheet takes about 0.85 KB of XML per row
/// with short texts (4.3 MB for 5,000 rows) and 1.7 KB with 300 Chinese characters of construction content (8.7 MB);
/// 20 MiB is 5,000 rows of about 1,200 characters each. Such a sheet compresses 2.5–16 times (16 when every row repeats
/// the same texts); blank rows or one repeated character compress 300–1,000 times, which is what a bomb is made of.
/// </para>
/// </summary>
public sealed class UploadLimitOptions
{
    public const string Section = "Uploads";

    /// <summary>The most bytes one part of a workbook may inflate to (declared and actual).</summary>
    public long MaxPartBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most a part may inflate relative to its compressed size (uncompressed / compressed).</summary>
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>Parts smaller than this are not held to <see cref="MaxCompressionRatio"/>: a small part may compress well and costs nothing.</summary>
    public long RatioCheckedAboveBytes { get; set; } = 1024 * 1024;

    /// <summary>The most parts (zip entries) a workbook may hold; the template's has about ten.</summary>
    public int MaxParts { get; set; } = 1_000;

    /// <summary>Checked at start-up: a misconfiguration fails there, not on a filer's upload.</summary>
    public UploadLimitOptions Validated() =>
        MaxPartBytes <= 0 || MaxCompressionRatio < 1 || RatioCheckedAboveBytes < 0 || MaxParts <= 0
            ? throw new InvalidOperationException($"{Section}: MaxPartBytes and MaxParts must be positive, MaxCompressionRatio at least 1, RatioCheckedAboveBytes not negative.")
            : this;
}
