using InvestPromo.Domain.Objections;

namespace InvestPromo.Application.Objections.Queries.GetObjectionEvidence;

/// <summary>An objection's evidence file, for reviewers (404 when it has none or the file is gone).</summary>
public sealed record GetObjectionEvidenceQuery(Guid Id) : IQuery<ObjectionEvidenceContent>;

public sealed class GetObjectionEvidenceHandler(IApplicationDbContext db, IFileStorage storage) : IQueryHandler<GetObjectionEvidenceQuery, ObjectionEvidenceContent>
{
    public async ValueTask<ObjectionEvidenceContent> Handle(GetObjectionEvidenceQuery query, CancellationToken cancellationToken)
    {
        var file = await db.Objections.AsNoTracking()
            .Where(o => o.Id == query.Id && o.EvidenceStorageKey != null)
            .Select(o => new { o.EvidenceStorageKey, o.EvidenceContentType, o.EvidenceFileName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Objection), query.Id);
        var content = await storage.OpenReadAsync(file.EvidenceStorageKey!, cancellationToken) ?? throw new NotFoundException(nameof(Objection), query.Id);
        return new ObjectionEvidenceContent(content, file.EvidenceContentType ?? "application/octet-stream", file.EvidenceFileName ?? "evidence");
    }
}
