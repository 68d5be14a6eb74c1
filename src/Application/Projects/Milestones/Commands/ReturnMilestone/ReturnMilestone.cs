using InvestPromo.Application.Filings;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones.Commands.ReturnMilestone;

/// <summary>A reviewer returns a reported milestone to the unit with a reason; the unit corrects it and reports it again.</summary>
public sealed record ReturnMilestoneCommand(Guid ProjectId, Guid MilestoneId, int Version, string? Reason) : ICommand<ProjectMilestoneDto>;

public sealed class ReturnMilestoneValidator : AbstractValidator<ReturnMilestoneCommand>
{
    public ReturnMilestoneValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class ReturnMilestoneHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReturnMilestoneCommand, ProjectMilestoneDto>
{
    public async ValueTask<ProjectMilestoneDto> Handle(ReturnMilestoneCommand command, CancellationToken cancellationToken)
    {
        var (project, _, milestone) = await db.LoadForChangeAsync(user, command.ProjectId, command.MilestoneId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        project.ReturnMilestone(milestone, command.Reason, user.Actor(), now);
        await db.CloseVerificationAsync(VerificationSubject.Milestone, milestone.Id, user.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectMilestones.ReadOneAsync(db, project.Id, milestone.Id, cancellationToken);
    }
}
