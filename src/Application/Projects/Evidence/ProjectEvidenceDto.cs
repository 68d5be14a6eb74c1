using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Evidence;

/// <summary>A file backing something reported on a project; its bytes at <c>GET /api/projects/{projectId}/evidence/{id}/content</c>.</summary>
public sealed record ProjectEvidenceDto(
    Guid Id, Guid ProjectId, EvidenceSubject Subject, Guid SubjectId, string FileName, string ContentType, long SizeBytes, string UploadedByName, DateTimeOffset UploadedAt);

public static class ProjectEvidenceFiles
{
    /// <summary>At most this many live files per subject (a milestone, a report …).</summary>
    public const int MaxPerSubject = 20;

    /// <summary>What evidence may be: PDF and images (bank slips, 验资报告, photos, permits), as far as the attachment options allow.</summary>
    public static IReadOnlyList<AttachmentType> Allowed(AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Allowed().Where(t => t.Extension is "pdf" or "jpg" or "jpeg" or "png" or "webp")];
    }

    public static IQueryable<ProjectEvidenceDto> ToDtos(this IQueryable<ProjectEvidence> evidence) => evidence.Select(e =>
        new ProjectEvidenceDto(e.Id, e.ProjectId, e.Subject, e.SubjectId, e.FileName, e.ContentType, e.SizeBytes, e.UploadedByName, e.CreatedAt));

    /// <summary>The project, if the caller may see it (else 404).</summary>
    public static async Task<TrackedProject> RequireVisibleProjectAsync(this IApplicationDbContext db, ICurrentUser user, Guid projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.TrackedProjects.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException(nameof(TrackedProject), projectId);
    }
}
