using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Attachments.Queries.GetFilingAttachmentContent;

/// <summary>An attachment's bytes, for whoever may read the filing.</summary>
public sealed record GetFilingAttachmentContentQuery(Guid FilingId, Guid AttachmentId) : IQuery<AttachmentContent>;

public sealed class GetFilingAttachmentContentHandler(IApplicationDbContext db, ICurrentUser user, IFileStorage storage)
    : IQueryHandler<GetFilingAttachmentContentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(GetFilingAttachmentContentQuery query, CancellationToken cancellationToken)
    {
        await db.RequireVisibleFilingAsync(user, query.FilingId, cancellationToken);
        var attachment = await db.FilingAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.AttachmentId && a.FilingId == query.FilingId, cancellationToken)
            ?? throw new NotFoundException(nameof(FilingAttachment), query.AttachmentId);
        var content = await storage.OpenReadAsync(attachment.StorageKey, cancellationToken)
            ?? throw new NotFoundException(nameof(FilingAttachment), query.AttachmentId);
        return new AttachmentContent(content, attachment.FileName, attachment.ContentType, attachment.SizeBytes);
    }
}
