using System.Text;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>What an attachment is: an agreement (协议), a photo (现场照片) or anything else.</summary>
public enum AttachmentKind
{
    /// <summary>协议/合同.</summary>
    Agreement = 1,

    /// <summary>照片.</summary>
    Photo = 2,

    /// <summary>其他.</summary>
    Other = 3,
}

/// <summary>
/// A file attached to a filing (agreements, photos). Part of the <see cref="Filing"/> aggregate: only
/// <see cref="Filing.AddAttachment"/> and <see cref="Filing.RemoveAttachment"/> make or remove one. The bytes live in
/// file storage under <see cref="StorageKey"/>, a generated id (never the user's file name); removing an attachment
/// only marks it deleted and keeps the bytes, so the history and the audit trail keep pointing at real evidence.
/// </summary>
public sealed class FilingAttachment : AuditableEntity
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 64;
    public const int Sha256Length = 64;

    private FilingAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
        UploadedByName = string.Empty;
    }

    public Guid FilingId { get; private set; }

    /// <summary>The name the file was uploaded under, sanitised (<see cref="AttachmentFileName.Sanitise"/>).</summary>
    public string FileName { get; private set; }

    /// <summary>The media type the server decided from the checked file type (not what the browser claimed).</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public AttachmentKind Kind { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt => CreatedAt;

    public Guid? UploadedBy => CreatedBy;

    internal static FilingAttachment Create(Guid filingId, NewAttachment file, FilingActor actor, DateTimeOffset now)
    {
        if (!Enum.IsDefined(file.Kind))
        {
            throw DomainRuleException.Invalid("attachment.kind-invalid", "Unknown attachment kind.");
        }

        if (file.SizeBytes <= 0)
        {
            throw DomainRuleException.Invalid("attachment.empty-invalid", "The file is empty.");
        }

        var sha = file.Sha256?.Trim().ToLowerInvariant();
        if (sha is null || sha.Length != Sha256Length || !sha.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("The SHA-256 must be 64 hex digits.", nameof(file));
        }

        var attachment = new FilingAttachment
        {
            FilingId = filingId,
            FileName = AttachmentFileName.Sanitise(file.FileName),
            ContentType = Guard.Text(file.ContentType, ContentTypeMaxLength, "attachment.content-type-invalid", "Content type"),
            SizeBytes = file.SizeBytes,
            Kind = file.Kind,
            Sha256 = sha,
            StorageKey = Guard.Text(file.StorageKey, StorageKeyMaxLength, "attachment.storage-key-invalid", "Storage key"),
            UploadedByName = actor.Name.Length > FilingHistoryEntry.ActorNameMaxLength ? actor.Name[..FilingHistoryEntry.ActorNameMaxLength] : actor.Name,
        };
        attachment.Stamp(actor.Id, now);
        return attachment;
    }

    internal void Remove(FilingActor actor, DateTimeOffset now) => MarkDeleted(actor.Id, now);
}

/// <summary>A stored file about to be attached to a filing.</summary>
public readonly record struct NewAttachment(string? FileName, string ContentType, long SizeBytes, AttachmentKind Kind, string Sha256, string StorageKey);

/// <summary>File names as users upload them, made safe to store and to send back in a Content-Disposition header.</summary>
public static class AttachmentFileName
{
    private const string Fallback = "attachment";

    /// <summary>
    /// Keeps only the last path segment (either separator), drops control characters and the characters Windows forbids
    /// in names, trims spaces and dots, normalises to NFC, and shortens the stem to fit <see cref="FilingAttachment.FileNameMaxLength"/>
    /// while keeping the extension. An empty result becomes "attachment" (with the extension, if there was one).
    /// </summary>
    public static string Sanitise(string? fileName)
    {
        var name = (fileName ?? string.Empty).Normalize(NormalizationForm.FormC);
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            name = name[(lastSeparator + 1)..];
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*') && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.OtherNotAssigned))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        var extensionLength = Extension(cleaned).Length;
        var extension = extensionLength == 0 ? string.Empty : cleaned[^extensionLength..]; // as uploaded (".JPG" stays)
        var stem = extensionLength == 0 ? cleaned : cleaned[..^(extensionLength + 1)].Trim().TrimEnd('.');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        var suffix = extension.Length == 0 ? string.Empty : "." + extension;
        var room = FilingAttachment.FileNameMaxLength - suffix.Length;
        if (room < 1)
        {
            suffix = string.Empty;
            room = FilingAttachment.FileNameMaxLength;
        }

        return (stem.Length > room ? stem[..room] : stem) + suffix;
    }

    /// <summary>The extension without the dot, lower-case; empty when there is none.</summary>
    public static string Extension(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return string.Empty;
        }

        var dot = fileName.LastIndexOf('.');
        return dot < 0 || dot == fileName.Length - 1 ? string.Empty : fileName[(dot + 1)..].ToLowerInvariant();
    }
}
