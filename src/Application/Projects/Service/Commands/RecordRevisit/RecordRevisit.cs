using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Commands.RecordRevisit;

/// <summary>
/// Records a revisit (回访) of a project the caller sees: the China date (not in the future: 400 <c>revisit.in-future</c>; not
/// before the approval: 400 <c>revisit.before-approval</c>), who visited, whom they met, the notes. A stopped project takes none
/// (409 <c>project.not-active</c>). The project's last revisit and next one due move on. Photos go to the evidence endpoint.
/// </summary>
public sealed record RecordRevisitCommand(Guid ProjectId, DateOnly VisitedOn, string Visitors, string MetWith, string Notes) : ICommand<ProjectRevisitDto>;

public sealed class RecordRevisitValidator : AbstractValidator<RecordRevisitCommand>
{
    public RecordRevisitValidator()
    {
        RuleFor(x => x.VisitedOn).InDateRange();
        RuleFor(x => x.Visitors).NotEmpty().MaximumLength(ProjectRevisit.PeopleMaxLength).SingleLineText();
        RuleFor(x => x.MetWith).NotEmpty().MaximumLength(ProjectRevisit.PeopleMaxLength).SingleLineText();
        RuleFor(x => x.Notes).NotEmpty().MaximumLength(ProjectRevisit.NotesMaxLength).MultiLineText();
    }
}

public sealed class RecordRevisitHandler(IApplicationDbContext db, ICurrentUser user, RevisitPolicy policy, TimeProvider clock)
    : ICommandHandler<RecordRevisitCommand, ProjectRevisitDto>
{
    public async ValueTask<ProjectRevisitDto> Handle(RecordRevisitCommand command, CancellationToken cancellationToken)
    {
        var project = await db.VisibleProjectAsync(user, command.ProjectId, cancellationToken);
        var now = clock.GetUtcNow();
        if (command.VisitedOn > ChinaTime.DateOf(now))
        {
            throw new BadRequestException("revisit.in-future", "visitedOn", "The revisit date cannot be in the future.");
        }

        if (command.VisitedOn < project.ApprovedOn)
        {
            throw new BadRequestException("revisit.before-approval", "visitedOn", "The revisit date cannot be before the project's approval.");
        }

        var revisit = ProjectRevisit.Record(project, command.VisitedOn, command.Visitors, command.MetWith, command.Notes, policy, user.UserId, user.Name ?? "system", now);
        db.ProjectRevisits.Add(revisit);
        await db.SaveChangesAsync(cancellationToken);
        return revisit.ToDto();
    }
}
