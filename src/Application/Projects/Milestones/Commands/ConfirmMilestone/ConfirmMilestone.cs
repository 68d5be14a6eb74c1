using InvestPromo.Application.Filings;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones.Commands.ConfirmMilestone;

/// <summary>
/// A reviewer confirms a reported milestone: it counts from now on. The project's dates, agreement amount and current stage
/// follow, and the stage reaches the filing (lists, reserve list, analysis) in the same save.
/// </summary>
public sealed record ConfirmMilestoneCommand(Guid ProjectId, Guid MilestoneId, int Version) : ICommand<ProjectMilestoneDto>;

public sealed class ConfirmMilestoneValidator : AbstractValidator<ConfirmMilestoneCommand>
{
    public ConfirmMilestoneValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class ConfirmMilestoneHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmMilestoneCommand, ProjectMilestoneDto>
{
    public async ValueTask<ProjectMilestoneDto> Handle(ConfirmMilestoneCommand command, CancellationToken cancellationToken)
    {
        var (project, all, milestone) = await db.LoadForChangeAsync(user, command.ProjectId, command.MilestoneId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        project.ConfirmMilestone(all, milestone, user.Actor(), now);
        await db.CloseVerificationAsync(VerificationSubject.Milestone, milestone.Id, user.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectMilestones.ReadOneAsync(db, project.Id, milestone.Id, cancellationToken);
    }
}
