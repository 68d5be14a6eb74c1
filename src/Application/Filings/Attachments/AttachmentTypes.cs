namespace InvestPromo.Application.Filings.Attachments;

/// <summary>A file type attachments may have: its extension, the media type it is served as, and its magic bytes.</summary>
public sealed record AttachmentType(string Extension, string ContentType, string Label)
{
    /// <summary>Whether the file's first bytes are what this type starts with.</summary>
    public bool Matches(ReadOnlySpan<byte> head) => Extension switch
    {
        "pdf" => head.StartsWith("%PDF-"u8),
        "jpg" or "jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "webp" => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
        // Word 97–2003 and Excel 97–2003: OLE compound documents.
        "doc" or "xls" => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        // Office Open XML and OFD (GB/T 33190) are ZIP packages.
        "docx" or "xlsx" or "ofd" => head.StartsWith("PK\u0003\u0004"u8),
        _ => false,
    };
}

public static class AttachmentTypes
{
    /// <summary>How many leading bytes <see cref="AttachmentType.Matches"/> needs at most.</summary>
    public const int HeadLength = 16;

    public static readonly IReadOnlyList<AttachmentType> Known =
    [
        new("pdf", "application/pdf", "PDF"),
        new("jpg", "image/jpeg", "JPG"),
        new("jpeg", "image/jpeg", "JPEG"),
        new("png", "image/png", "PNG"),
        new("webp", "image/webp", "WebP"),
        new("doc", "application/msword", "DOC"),
        new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
        new("xls", "application/vnd.ms-excel", "XLS"),
        new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
        new("ofd", "application/ofd", "OFD"),
    ];
}
