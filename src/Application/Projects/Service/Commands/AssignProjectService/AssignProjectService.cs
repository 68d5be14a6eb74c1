using InvestPromo.Application.Users;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Commands.AssignProjectService;

/// <summary>
/// Sets a project's service owner (null: none) and its own revisit interval (null: the stage's), at the version the client read.
/// A filer chooses among its own unit's filers; the center (reviewers, admins) also among reviewers and admins. Anyone else is a
/// 400 <c>service.owner-not-eligible</c>. The next revisit due is recomputed.
/// </summary>
public sealed record AssignProjectServiceCommand(Guid ProjectId, int Version, Guid? ServiceOwnerId, int? RevisitIntervalDays) : ICommand<ProjectServiceDto>;

public sealed class AssignProjectServiceValidator : AbstractValidator<AssignProjectServiceCommand>
{
    public AssignProjectServiceValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.RevisitIntervalDays).InclusiveBetween(RevisitPolicy.MinDays, RevisitPolicy.MaxDays);
        RuleFor(x => x.ServiceOwnerId).NotEqual(Guid.Empty);
    }
}

public sealed class AssignProjectServiceHandler(IApplicationDbContext db, IUserAccounts users, ICurrentUser user, RevisitPolicy policy, TimeProvider clock)
    : ICommandHandler<AssignProjectServiceCommand, ProjectServiceDto>
{
    public async ValueTask<ProjectServiceDto> Handle(AssignProjectServiceCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectForChangeAsync(user, command.ProjectId, command.Version, cancellationToken);
        string? ownerName = null;
        if (command.ServiceOwnerId is { } ownerId)
        {
            var candidates = await ServiceOwners.CandidatesAsync(users, user, project, cancellationToken);
            ownerName = candidates.FirstOrDefault(c => c.Id == ownerId)?.DisplayName
                ?? throw new BadRequestException("service.owner-not-eligible", "serviceOwnerId", "The service owner must be a filer of the project's unit, or a reviewer or admin of the center.");
        }

        project.AssignService(command.ServiceOwnerId, ownerName, command.RevisitIntervalDays, policy);
        await db.SaveChangesAsync(cancellationToken);
        return await ServiceReads.ServiceDtoAsync(db, users, user, project, policy, ChinaTime.DateOf(clock.GetUtcNow()), cancellationToken);
    }
}
