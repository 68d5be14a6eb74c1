using InvestPromo.Application.Projects.Milestones;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Commands.MarkAboveDesignatedSize;

/// <summary>规模工业: a reviewer marks a project above designated size from the date it qualified (marking again moves the date).</summary>
public sealed record MarkAboveDesignatedSizeCommand(Guid ProjectId, int Version, DateOnly QualifiedOn) : ICommand<ProjectDto>;

public sealed class MarkAboveDesignatedSizeValidator : AbstractValidator<MarkAboveDesignatedSizeCommand>
{
    public MarkAboveDesignatedSizeValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.QualifiedOn).InDateRange();
    }
}

public sealed class MarkAboveDesignatedSizeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MarkAboveDesignatedSizeCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(MarkAboveDesignatedSizeCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectForChangeAsync(user, command.ProjectId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        ProjectMilestones.ThrowIfBad(project.CheckDate(command.QualifiedOn, ChinaTime.DateOf(now), "qualifiedOn"));
        project.MarkAboveDesignatedSize(command.QualifiedOn, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.TrackedProjects.AsNoTracking().Where(p => p.Id == project.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
