using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Credits;

/// <summary>
/// A file backing a credit claim (an introduction letter, meeting records). The filer adds and removes them while the claim is
/// proposed; reviewers read them. The bytes live in file storage under <see cref="StorageKey"/>; removing only marks the row deleted.
/// </summary>
public sealed class CreditEvidence : AuditableEntity
{
    public const int MaxPerCredit = 10;

    private CreditEvidence()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
        UploadedByName = string.Empty;
    }

    public Guid CreditId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public string UploadedByName { get; private set; }

    /// <summary>Evidence for a proposed claim (a decided one is closed: 409 <c>credit.already-decided</c>).</summary>
    public static CreditEvidence Add(ProjectCredit credit, string fileName, string contentType, long sizeBytes, string sha256, string storageKey, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(credit);
        EnsureOpen(credit);
        if (sizeBytes <= 0)
        {
            throw DomainRuleException.Invalid("attachment.empty-invalid", "The file is empty.");
        }

        var evidence = new CreditEvidence
        {
            CreditId = credit.Id,
            FileName = AttachmentFileName.Sanitise(fileName),
            ContentType = Guard.Text(contentType, FilingAttachment.ContentTypeMaxLength, "attachment.content-type-invalid", "Content type"),
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            StorageKey = storageKey,
            UploadedByName = byName.Length > ProjectCredit.ActorNameMaxLength ? byName[..ProjectCredit.ActorNameMaxLength] : byName,
        };
        evidence.Stamp(by, now);
        return evidence;
    }

    public void Remove(ProjectCredit credit, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(credit);
        EnsureOpen(credit);
        MarkDeleted(by, now);
    }

    private static void EnsureOpen(ProjectCredit credit)
    {
        if (credit.Status != CreditStatus.Proposed)
        {
            throw DomainRuleException.Conflict("credit.already-decided", "The credit claim has already been decided.");
        }
    }
}
