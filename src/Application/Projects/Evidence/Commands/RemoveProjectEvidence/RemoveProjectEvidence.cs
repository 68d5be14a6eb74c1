using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Evidence.Commands.RemoveProjectEvidence;

/// <summary>
/// Removes a file its uploader added by mistake (send the version you read). Only the one who uploaded it, or a reviewer or admin,
/// may; the record is marked deleted and the bytes are kept, so the audit trail still points at them.
/// </summary>
public sealed record RemoveProjectEvidenceCommand(Guid ProjectId, Guid EvidenceId, int Version) : ICommand;

public sealed class RemoveProjectEvidenceHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemoveProjectEvidenceCommand>
{
    public async ValueTask<Unit> Handle(RemoveProjectEvidenceCommand command, CancellationToken cancellationToken)
    {
        var project = await db.RequireVisibleProjectAsync(user, command.ProjectId, cancellationToken);
        var evidence = await db.ProjectEvidence.FirstOrDefaultAsync(e => e.ProjectId == project.Id && e.Id == command.EvidenceId, cancellationToken)
            ?? throw new NotFoundException(nameof(ProjectEvidence), command.EvidenceId);
        var staff = user.IsInRole(Common.Security.Roles.Reviewer) || user.IsInRole(Common.Security.Roles.Admin);
        if (!staff && (evidence.CreatedBy is null || evidence.CreatedBy != user.UserId))
        {
            throw new ForbiddenAccessException("Only the one who uploaded a file, or a reviewer, may remove it.");
        }

        db.ExpectVersion(evidence, command.Version);
        evidence.Remove(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
