using InvestPromo.Application.Projects.Milestones;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Commands.StopProject;

/// <summary>终止/撤资: a reviewer stops a project with the date and a reason. What was confirmed still counts; nothing new is taken.</summary>
public sealed record StopProjectCommand(Guid ProjectId, int Version, DateOnly StoppedOn, string? Reason) : ICommand<ProjectDto>;

public sealed class StopProjectValidator : AbstractValidator<StopProjectCommand>
{
    public StopProjectValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.StoppedOn).InDateRange();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class StopProjectHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<StopProjectCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(StopProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectForChangeAsync(user, command.ProjectId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        ProjectMilestones.ThrowIfBad(project.CheckDate(command.StoppedOn, ChinaTime.DateOf(now), "stoppedOn"));
        project.Stop(command.StoppedOn, command.Reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.TrackedProjects.AsNoTracking().Where(p => p.Id == project.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
