using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Commands.RaiseProblem;

/// <summary>
/// Raises a problem (重点难点问题) on a project the caller sees: the description, the responsible department (free text), the due
/// date (not before today: 400 <c>problem.due-before-raised</c>). A stopped project takes none (409 <c>project.not-active</c>).
/// </summary>
public sealed record RaiseProblemCommand(Guid ProjectId, string Description, string Department, DateOnly DueOn) : ICommand<ProjectProblemDto>;

public sealed class RaiseProblemValidator : AbstractValidator<RaiseProblemCommand>
{
    public RaiseProblemValidator()
    {
        RuleFor(x => x.Description).NotEmpty().MaximumLength(ProjectProblem.DescriptionMaxLength).MultiLineText();
        RuleFor(x => x.Department).NotEmpty().MaximumLength(ProjectProblem.DepartmentMaxLength).SingleLineText();
        RuleFor(x => x.DueOn).InDateRange();
    }
}

public sealed class RaiseProblemHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RaiseProblemCommand, ProjectProblemDto>
{
    public async ValueTask<ProjectProblemDto> Handle(RaiseProblemCommand command, CancellationToken cancellationToken)
    {
        var project = await db.VisibleProjectAsync(user, command.ProjectId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        if (command.DueOn < today)
        {
            throw new BadRequestException("problem.due-before-raised", "dueOn", "The due date cannot be before today.");
        }

        var problem = ProjectProblem.Raise(project, command.Description, command.Department, command.DueOn, user.UserId, user.Name ?? "system", now);
        db.ProjectProblems.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        return problem.ToDto(today);
    }
}
