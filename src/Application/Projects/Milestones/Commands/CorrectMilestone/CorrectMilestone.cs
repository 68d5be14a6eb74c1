using InvestPromo.Application.Filings;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones.Commands.CorrectMilestone;

/// <summary>A reviewer corrects a confirmed milestone's date (and a signing's agreement amount) with a reason kept in its history; the project follows.</summary>
public sealed record CorrectMilestoneCommand(Guid ProjectId, Guid MilestoneId, int Version, DateOnly OccurredOn, decimal? AgreementAmount, string? Reason)
    : ICommand<ProjectMilestoneDto>;

public sealed class CorrectMilestoneValidator : AbstractValidator<CorrectMilestoneCommand>
{
    public CorrectMilestoneValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.OccurredOn).InDateRange();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Filing.ReasonMaxLength).MultiLineText();
    }
}

public sealed class CorrectMilestoneHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CorrectMilestoneCommand, ProjectMilestoneDto>
{
    public async ValueTask<ProjectMilestoneDto> Handle(CorrectMilestoneCommand command, CancellationToken cancellationToken)
    {
        var (project, all, milestone) = await db.LoadForChangeAsync(user, command.ProjectId, command.MilestoneId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        ProjectMilestones.ThrowIfBad(ProjectMilestone.CheckInput(milestone.Kind, command.OccurredOn, command.AgreementAmount, project.ApprovedOn, ChinaTime.DateOf(now)));
        project.CorrectMilestone(all, milestone, command.OccurredOn, command.AgreementAmount, command.Reason, user.Actor(), now);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectMilestones.ReadOneAsync(db, project.Id, milestone.Id, cancellationToken);
    }
}
