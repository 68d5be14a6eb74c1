using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Queries.GetPromotionEventFileContent;

/// <summary>A photo's or file's bytes, for whoever may see the event.</summary>
public sealed record GetPromotionEventFileContentQuery(Guid EventId, Guid FileId) : IQuery<AttachmentContent>;

public sealed class GetPromotionEventFileContentHandler(IApplicationDbContext db, ICurrentUser user, IFileStorage storage)
    : IQueryHandler<GetPromotionEventFileContentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(GetPromotionEventFileContentQuery query, CancellationToken cancellationToken)
    {
        var visible = await db.PromotionEvents.AsNoTracking().VisibleTo(user).AnyAsync(e => e.Id == query.EventId, cancellationToken);
        var file = visible
            ? await db.PromotionEventFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FileId && f.EventId == query.EventId, cancellationToken)
            : null;
        if (file is null)
        {
            throw new NotFoundException(nameof(PromotionEventFile), query.FileId);
        }

        var content = await storage.OpenReadAsync(file.StorageKey, cancellationToken) ?? throw new NotFoundException(nameof(PromotionEventFile), query.FileId);
        return new AttachmentContent(content, file.FileName, file.ContentType, file.SizeBytes);
    }
}
