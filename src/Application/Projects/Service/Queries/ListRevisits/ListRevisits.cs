using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Queries.ListRevisits;

/// <summary>A project's revisits, latest date first.</summary>
public sealed record ListRevisitsQuery(Guid ProjectId) : IQuery<IReadOnlyList<ProjectRevisitDto>>;

public sealed class ListRevisitsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListRevisitsQuery, IReadOnlyList<ProjectRevisitDto>>
{
    public async ValueTask<IReadOnlyList<ProjectRevisitDto>> Handle(ListRevisitsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.TrackedProjects.VisibleTo(user).AnyAsync(p => p.Id == query.ProjectId, cancellationToken))
        {
            throw new NotFoundException(nameof(TrackedProject), query.ProjectId);
        }

        return await db.ProjectRevisits.AsNoTracking().Where(r => r.ProjectId == query.ProjectId)
            .OrderByDescending(r => r.VisitedOn).ThenByDescending(r => r.Id)
            .Select(r => new ProjectRevisitDto(r.Id, r.ProjectId, r.VisitedOn, r.Visitors, r.MetWith, r.Notes, r.RecordedByName, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
