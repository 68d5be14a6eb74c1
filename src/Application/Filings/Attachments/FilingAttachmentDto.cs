using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Attachments;

/// <summary>One attachment of a filing (the bytes come from its content endpoint).</summary>
public sealed record FilingAttachmentDto(
    Guid Id,
    Guid FilingId,
    string FileName,
    string ContentType,
    long SizeBytes,
    AttachmentKind Kind,
    string Sha256,
    DateTimeOffset UploadedAt,
    Guid? UploadedBy,
    string UploadedByName);

/// <summary>The answer to adding an attachment: the attachment, and the filing's version after the change.</summary>
public sealed record FilingAttachmentAddedDto(FilingAttachmentDto Attachment, int FilingVersion);

/// <summary>The answer to removing an attachment: the filing's version after the change.</summary>
public sealed record FilingAttachmentRemovedDto(Guid FilingId, int FilingVersion);

/// <summary>An attachment's bytes, for download.</summary>
public sealed record AttachmentContent(Stream Content, string FileName, string ContentType, long SizeBytes);

public static class FilingAttachmentMapping
{
    public static FilingAttachmentDto ToDto(this FilingAttachment a) =>
        new(a.Id, a.FilingId, a.FileName, a.ContentType, a.SizeBytes, a.Kind, a.Sha256, a.UploadedAt, a.UploadedBy, a.UploadedByName);
}
