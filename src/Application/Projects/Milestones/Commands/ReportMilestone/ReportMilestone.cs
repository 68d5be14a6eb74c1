using InvestPromo.Application.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones.Commands.ReportMilestone;

/// <summary>
/// The filing's unit (a filer, or its system with a read-write key) reports a milestone: 签约 with its date and agreement amount
/// (yuan), 开工 or 竣工/投产 with its date. It waits for a reviewer in the verification queue. <c>ExternalReference</c> is the
/// caller's own id for it (unique per caller).
/// </summary>
public sealed record ReportMilestoneCommand(
    Guid ProjectId, MilestoneKind Kind, DateOnly OccurredOn, decimal? AgreementAmount, string? Note, string? ExternalReference) : ICommand<ProjectMilestoneDto>;

public sealed class ReportMilestoneValidator : AbstractValidator<ReportMilestoneCommand>
{
    public ReportMilestoneValidator()
    {
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.OccurredOn).InDateRange();
        RuleFor(x => x.Note).MaximumLength(ProjectMilestone.NoteMaxLength).MultiLineText();
        RuleFor(x => x.ExternalReference).NotEmpty().MaximumLength(ProjectMilestone.ExternalReferenceMaxLength).SingleLineText()
            .When(x => x.ExternalReference is not null);
    }
}

public sealed class ReportMilestoneHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarSource calendars)
    : ICommandHandler<ReportMilestoneCommand, ProjectMilestoneDto>
{
    public async ValueTask<ProjectMilestoneDto> Handle(ReportMilestoneCommand command, CancellationToken cancellationToken)
    {
        var project = await db.TrackedProjects.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == command.ProjectId, cancellationToken)
            ?? throw new NotFoundException(nameof(TrackedProject), command.ProjectId);
        var now = clock.GetUtcNow();
        ProjectMilestones.ThrowIfBad(ProjectMilestone.CheckInput(command.Kind, command.OccurredOn, command.AgreementAmount, project.ApprovedOn, ChinaTime.DateOf(now)));
        var reference = command.ExternalReference?.Trim();
        var callerId = user.CallerId();
        if (reference is not null && await db.ProjectMilestones.AnyAsync(m => m.CallerId == callerId && m.ExternalReference == reference, cancellationToken))
        {
            throw DomainRuleException.Conflict("external-reference.exists", "You have already sent a milestone with this external reference.");
        }

        var all = await db.ProjectMilestones.Where(m => m.ProjectId == project.Id).ToListAsync(cancellationToken);
        var milestone = project.ReportMilestone(all, command.Kind, command.OccurredOn, command.AgreementAmount, command.Note, user.Actor(), callerId, reference, now);
        db.ProjectMilestones.Add(milestone);
        await db.OpenVerificationAsync(calendars, project, milestone, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectMilestones.ReadOneAsync(db, project.Id, milestone.Id, cancellationToken);
    }
}
