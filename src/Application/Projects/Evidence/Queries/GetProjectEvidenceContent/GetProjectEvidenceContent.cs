using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Evidence.Queries.GetProjectEvidenceContent;

/// <summary>An evidence file's bytes, for whoever may see the project.</summary>
public sealed record GetProjectEvidenceContentQuery(Guid ProjectId, Guid EvidenceId) : IQuery<AttachmentContent>;

public sealed class GetProjectEvidenceContentHandler(IApplicationDbContext db, ICurrentUser user, IFileStorage storage)
    : IQueryHandler<GetProjectEvidenceContentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(GetProjectEvidenceContentQuery query, CancellationToken cancellationToken)
    {
        var project = await db.RequireVisibleProjectAsync(user, query.ProjectId, cancellationToken);
        var evidence = await db.ProjectEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EvidenceId && e.ProjectId == project.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(ProjectEvidence), query.EvidenceId);
        var content = await storage.OpenReadAsync(evidence.StorageKey, cancellationToken)
            ?? throw new NotFoundException(nameof(ProjectEvidence), evidence.Id);
        return new AttachmentContent(content, evidence.FileName, evidence.ContentType, evidence.SizeBytes);
    }
}
