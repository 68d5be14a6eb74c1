using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Projects;

/// <summary>What a piece of evidence belongs to.</summary>
public enum EvidenceSubject
{
    /// <summary>A milestone (the agreement, photos, the 开工 permit).</summary>
    Milestone = 1,

    /// <summary>A monthly funds-in-place report (bank slips, 验资报告).</summary>
    FundsReport = 2,

    /// <summary>A monthly fixed-asset investment report.</summary>
    InvestmentReport = 3,

    /// <summary>A revisit (回访) record.</summary>
    Revisit = 4,

    /// <summary>A problem raised (重点难点问题).</summary>
    Problem = 5,
}

/// <summary>
/// A file that backs something reported on a tracked project: evidence of a milestone, a monthly report, a revisit or a problem.
/// The bytes live in file storage under <see cref="StorageKey"/> (a generated id); the record is never overwritten, and a removed
/// one is only marked deleted, so what a reviewer verified stays readable.
/// </summary>
public sealed class ProjectEvidence : AuditableEntity
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 64;
    public const int Sha256Length = 64;

    private ProjectEvidence()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
        UploadedByName = string.Empty;
    }

    public Guid ProjectId { get; private set; }

    public EvidenceSubject Subject { get; private set; }

    public Guid SubjectId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The media type decided from the checked file type (not what the browser claimed).</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public string UploadedByName { get; private set; }

    public static ProjectEvidence Add(
        Guid projectId, EvidenceSubject subject, Guid subjectId, string fileName, string contentType, long sizeBytes, string sha256, string storageKey,
        Guid? by, string byName, DateTimeOffset now)
    {
        var evidence = new ProjectEvidence
        {
            ProjectId = projectId,
            Subject = subject,
            SubjectId = subjectId,
            FileName = fileName,
            ContentType = contentType,
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            StorageKey = storageKey,
            UploadedByName = byName,
        };
        evidence.Stamp(by, now);
        return evidence;
    }

    public void Remove(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
