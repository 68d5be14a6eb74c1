namespace InvestPromo.Application.Filings.Attachments.Queries.ListFilingAttachments;

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
