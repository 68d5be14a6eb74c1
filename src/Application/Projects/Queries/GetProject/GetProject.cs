using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Queries.GetProject;

/// <summary>One tracked project (its id is the filing's); another unit's is not found for a filer.</summary>
public sealed record GetProjectQuery(Guid Id) : IQuery<ProjectDto>;

public sealed class GetProjectHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetProjectQuery, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(GetProjectQuery query, CancellationToken cancellationToken) =>
        await db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => p.Id == query.Id).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(TrackedProject), query.Id);
}
