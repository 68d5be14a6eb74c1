using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Evidence.Queries.ListProjectEvidence;

/// <summary>A project's evidence files, oldest first; optionally only one subject kind, or one subject.</summary>
public sealed record ListProjectEvidenceQuery(Guid ProjectId, EvidenceSubject? Subject = null, Guid? SubjectId = null) : IQuery<IReadOnlyList<ProjectEvidenceDto>>;

public sealed class ListProjectEvidenceValidator : AbstractValidator<ListProjectEvidenceQuery>
{
    public ListProjectEvidenceValidator() => RuleFor(x => x.Subject).IsDefinedValue();
}

public sealed class ListProjectEvidenceHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListProjectEvidenceQuery, IReadOnlyList<ProjectEvidenceDto>>
{
    public async ValueTask<IReadOnlyList<ProjectEvidenceDto>> Handle(ListProjectEvidenceQuery query, CancellationToken cancellationToken)
    {
        var project = await db.RequireVisibleProjectAsync(user, query.ProjectId, cancellationToken);
        var evidence = db.ProjectEvidence.AsNoTracking().Where(e => e.ProjectId == project.Id);
        if (query.Subject is { } subject)
        {
            evidence = evidence.Where(e => e.Subject == subject);
        }

        if (query.SubjectId is { } subjectId)
        {
            evidence = evidence.Where(e => e.SubjectId == subjectId);
        }

        return await evidence.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToDtos().ToListAsync(cancellationToken);
    }
}
