using InvestPromo.Application.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones.Commands.ReportMilestoneAgain;

/// <summary>The unit corrects a returned milestone (date, agreement amount, note) and reports it again: back in the verification queue.</summary>
public sealed record ReportMilestoneAgainCommand(Guid ProjectId, Guid MilestoneId, int Version, DateOnly OccurredOn, decimal? AgreementAmount, string? Note)
    : ICommand<ProjectMilestoneDto>;

public sealed class ReportMilestoneAgainValidator : AbstractValidator<ReportMilestoneAgainCommand>
{
    public ReportMilestoneAgainValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.OccurredOn).InDateRange();
        RuleFor(x => x.Note).MaximumLength(ProjectMilestone.NoteMaxLength).MultiLineText();
    }
}

public sealed class ReportMilestoneAgainHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarSource calendars)
    : ICommandHandler<ReportMilestoneAgainCommand, ProjectMilestoneDto>
{
    public async ValueTask<ProjectMilestoneDto> Handle(ReportMilestoneAgainCommand command, CancellationToken cancellationToken)
    {
        var (project, all, milestone) = await db.LoadForChangeAsync(user, command.ProjectId, command.MilestoneId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        ProjectMilestones.ThrowIfBad(ProjectMilestone.CheckInput(milestone.Kind, command.OccurredOn, command.AgreementAmount, project.ApprovedOn, ChinaTime.DateOf(now)));
        project.ReportMilestoneAgain(all, milestone, command.OccurredOn, command.AgreementAmount, command.Note, user.Actor(), now);
        await db.OpenVerificationAsync(calendars, project, milestone, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectMilestones.ReadOneAsync(db, project.Id, milestone.Id, cancellationToken);
    }
}
