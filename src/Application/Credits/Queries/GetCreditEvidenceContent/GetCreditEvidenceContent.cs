using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits.Queries.GetCreditEvidenceContent;

/// <summary>An evidence file's bytes, for whoever may read the filing.</summary>
public sealed record GetCreditEvidenceContentQuery(Guid CreditId, Guid EvidenceId) : IQuery<AttachmentContent>;

public sealed class GetCreditEvidenceContentHandler(IApplicationDbContext db, ICurrentUser user, IFileStorage storage)
    : IQueryHandler<GetCreditEvidenceContentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(GetCreditEvidenceContentQuery query, CancellationToken cancellationToken)
    {
        var credit = await db.VisibleCreditAsync(user, query.CreditId, cancellationToken);
        var evidence = await db.CreditEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EvidenceId && e.CreditId == credit.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(CreditEvidence), query.EvidenceId);
        var content = await storage.OpenReadAsync(evidence.StorageKey, cancellationToken)
            ?? throw new NotFoundException(nameof(CreditEvidence), query.EvidenceId);
        return new AttachmentContent(content, evidence.FileName, evidence.ContentType, evidence.SizeBytes);
    }
}
