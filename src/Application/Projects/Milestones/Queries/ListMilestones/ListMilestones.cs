using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones.Queries.ListMilestones;

/// <summary>A project's milestones in order (签约, 开工, 竣工/投产), each with its history; another unit's project is not found for a filer.</summary>
public sealed record ListMilestonesQuery(Guid ProjectId) : IQuery<IReadOnlyList<ProjectMilestoneDto>>;

public sealed class ListMilestonesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMilestonesQuery, IReadOnlyList<ProjectMilestoneDto>>
{
    public async ValueTask<IReadOnlyList<ProjectMilestoneDto>> Handle(ListMilestonesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.TrackedProjects.AsNoTracking().VisibleTo(user).AnyAsync(p => p.Id == query.ProjectId, cancellationToken))
        {
            throw new NotFoundException(nameof(TrackedProject), query.ProjectId);
        }

        return await ProjectMilestones.ReadAsync(db, query.ProjectId, null, cancellationToken);
    }
}
