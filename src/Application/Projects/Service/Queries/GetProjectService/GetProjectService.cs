using InvestPromo.Application.Users;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Queries.GetProjectService;

/// <summary>A project's follow-up service: owner, intervals, last and next revisit, open problems, and the owners the caller may choose.</summary>
public sealed record GetProjectServiceQuery(Guid ProjectId) : IQuery<ProjectServiceDto>;

public sealed class GetProjectServiceHandler(IApplicationDbContext db, IUserAccounts users, ICurrentUser user, RevisitPolicy policy, TimeProvider clock)
    : IQueryHandler<GetProjectServiceQuery, ProjectServiceDto>
{
    public async ValueTask<ProjectServiceDto> Handle(GetProjectServiceQuery query, CancellationToken cancellationToken)
    {
        var project = await db.TrackedProjects.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == query.ProjectId, cancellationToken)
            ?? throw new NotFoundException(nameof(TrackedProject), query.ProjectId);
        return await ServiceReads.ServiceDtoAsync(db, users, user, project, policy, ChinaTime.DateOf(clock.GetUtcNow()), cancellationToken);
    }
}
