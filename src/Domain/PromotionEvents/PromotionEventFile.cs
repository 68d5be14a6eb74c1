using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.PromotionEvents;

/// <summary>
/// A photo or file of a promotion event (the same types and limits as a filing's attachments). The bytes live in file storage
/// under <see cref="StorageKey"/>; removing only marks the row deleted.
/// </summary>
public sealed class PromotionEventFile : AuditableEntity
{
    public const int MaxPerEvent = 30;

    private PromotionEventFile()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
        UploadedByName = string.Empty;
    }

    public Guid EventId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public string UploadedByName { get; private set; }

    /// <summary>A photo (shown as a picture) rather than a document.</summary>
    public bool IsPhoto => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public static PromotionEventFile Add(PromotionEvent promotionEvent, Guid? byAssociationId, string fileName, string contentType, long sizeBytes, string sha256, string storageKey, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(promotionEvent);
        promotionEvent.EnsureEditableBy(byAssociationId);
        if (sizeBytes <= 0)
        {
            throw DomainRuleException.Invalid("attachment.empty-invalid", "The file is empty.");
        }

        var file = new PromotionEventFile
        {
            EventId = promotionEvent.Id,
            FileName = AttachmentFileName.Sanitise(fileName),
            ContentType = Guard.Text(contentType, FilingAttachment.ContentTypeMaxLength, "attachment.content-type-invalid", "Content type"),
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            StorageKey = storageKey,
            UploadedByName = byName.Length > PromotionEvent.NameMaxLength ? byName[..PromotionEvent.NameMaxLength] : byName,
        };
        file.Stamp(by, now);
        return file;
    }

    public void Remove(PromotionEvent promotionEvent, Guid? byAssociationId, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(promotionEvent);
        promotionEvent.EnsureEditableBy(byAssociationId);
        MarkDeleted(by, now);
    }
}
