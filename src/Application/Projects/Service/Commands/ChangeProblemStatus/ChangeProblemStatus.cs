using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Commands.ChangeProblemStatus;

/// <summary>
/// Moves a problem on, at the version the client read, with a note: Open → InProgress → Solved, or Escalated to a named city
/// leader (then InProgress or Solved). Solved is final (409 <c>problem.solved</c>); other moves the rules refuse are 409
/// <c>problem.transition-invalid</c>. Another unit's problem is a 404 for a filer.
/// </summary>
public sealed record ChangeProblemStatusCommand(Guid ProjectId, Guid ProblemId, int Version, ProblemStatus Status, string Note, string? EscalatedTo)
    : ICommand<ProjectProblemDto>;

public sealed class ChangeProblemStatusValidator : AbstractValidator<ChangeProblemStatusCommand>
{
    public ChangeProblemStatusValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Note).NotEmpty().MaximumLength(ProjectProblemChange.NoteMaxLength).MultiLineText();
        RuleFor(x => x.EscalatedTo).NotEmpty().When(x => x.Status == ProblemStatus.Escalated);
        RuleFor(x => x.EscalatedTo).MaximumLength(ProjectProblem.LeaderMaxLength).SingleLineText();
    }
}

public sealed class ChangeProblemStatusHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeProblemStatusCommand, ProjectProblemDto>
{
    public async ValueTask<ProjectProblemDto> Handle(ChangeProblemStatusCommand command, CancellationToken cancellationToken)
    {
        var project = await db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => p.Id == command.ProjectId)
            .Select(p => new { p.ProjectName, p.UnitId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(TrackedProject), command.ProjectId);
        var problem = await db.ProjectProblems.Include(p => p.Changes)
            .FirstOrDefaultAsync(p => p.Id == command.ProblemId && p.ProjectId == command.ProjectId, cancellationToken)
            ?? throw new NotFoundException(nameof(ProjectProblem), command.ProblemId);
        db.ExpectVersion(problem, command.Version);
        var now = clock.GetUtcNow();
        problem.MoveTo(command.Status, command.Note, command.EscalatedTo, project.ProjectName, project.UnitId, user.UserId, user.Name ?? "system", now);
        await db.SaveChangesAsync(cancellationToken);
        return problem.ToDto(ChinaTime.DateOf(now));
    }
}
