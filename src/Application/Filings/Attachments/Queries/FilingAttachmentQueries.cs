using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Filings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Filings.Attachments.Queries;

/// <summary>A filing's attachments, oldest first, for whoever may read the filing (another unit's is a 404 to a filer).</summary>
public sealed record ListFilingAttachmentsQuery(Guid FilingId) : IQuery<IReadOnlyList<FilingAttachmentDto>>;

public sealed class ListFilingAttachmentsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListFilingAttachmentsQuery, IReadOnlyList<FilingAttachmentDto>>
{
    public async ValueTask<IReadOnlyList<FilingAttachmentDto>> Handle(ListFilingAttachmentsQuery query, CancellationToken cancellationToken)
    {
        await db.RequireVisibleFilingAsync(user, query.FilingId, cancellationToken);
        return await db.FilingAttachments.AsNoTracking()
            .Where(a => a.FilingId == query.FilingId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new FilingAttachmentDto(a.Id, a.FilingId, a.FileName, a.ContentType, a.SizeBytes, a.Kind, a.Sha256, a.CreatedAt, a.CreatedBy, a.UploadedByName))
            .ToListAsync(cancellationToken);
    }
}

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

internal static class VisibleFiling
{
    public static async Task RequireVisibleFilingAsync(this IApplicationDbContext db, ICurrentUser user, Guid filingId, CancellationToken ct)
    {
        if (!await db.Filings.AsNoTracking().VisibleTo(user).AnyAsync(f => f.Id == filingId, ct))
        {
            throw new NotFoundException(nameof(Filing), filingId);
        }
    }
}
