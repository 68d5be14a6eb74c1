using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Evidence.Commands.AddProjectEvidence;

/// <summary>
/// Attaches a file (PDF or an image) to something reported on a project the caller may see: a milestone, a monthly report, a
/// revisit or a problem. The subject must exist on that project; the type is checked by extension and by the first bytes; nothing
/// is stored when any check fails.
/// </summary>
public sealed record AddProjectEvidenceCommand(Guid ProjectId, EvidenceSubject? Subject, Guid SubjectId, string? FileName, long Length, Stream Content)
    : ICommand<ProjectEvidenceDto>;

public sealed class AddProjectEvidenceValidator : AbstractValidator<AddProjectEvidenceCommand>
{
    public AddProjectEvidenceValidator(AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleFor(x => x.Subject).NotNull().IsDefinedValue();
        RuleFor(x => x.SubjectId).NotEmpty();
        this.AddFileRules(x => x.FileName, x => x.Length, ProjectEvidenceFiles.Allowed(options), options.MaxBytes);
    }
}

public sealed class AddProjectEvidenceHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IFileStorage storage, AttachmentOptions options)
    : ICommandHandler<AddProjectEvidenceCommand, ProjectEvidenceDto>
{
    public async ValueTask<ProjectEvidenceDto> Handle(AddProjectEvidenceCommand command, CancellationToken cancellationToken)
    {
        var project = await db.RequireVisibleProjectAsync(user, command.ProjectId, cancellationToken);
        var subject = command.Subject!.Value;
        if (!EvidenceSubjects.All.TryGetValue(subject, out var exists) || !await exists(db, project.Id, command.SubjectId, cancellationToken))
        {
            throw new NotFoundException(subject.ToString(), command.SubjectId);
        }

        var count = await db.ProjectEvidence.CountAsync(e => e.ProjectId == project.Id && e.Subject == subject && e.SubjectId == command.SubjectId, cancellationToken);
        if (count >= ProjectEvidenceFiles.MaxPerSubject)
        {
            throw DomainRuleException.Conflict("evidence.limit", $"At most {ProjectEvidenceFiles.MaxPerSubject} files per record.");
        }

        var stored = await UploadedFiles.CheckAndStoreAsync(
            command.Content, command.FileName, ProjectEvidenceFiles.Allowed(options), options.MaxBytes, storage, cancellationToken);
        try
        {
            var evidence = ProjectEvidence.Add(
                project.Id, subject, command.SubjectId, stored.FileName, stored.Type.ContentType, stored.Length, stored.Sha256, stored.StorageKey,
                user.UserId, user.Name ?? "system", clock.GetUtcNow());
            db.ProjectEvidence.Add(evidence);
            await db.SaveChangesAsync(cancellationToken);
            return new ProjectEvidenceDto(
                evidence.Id, evidence.ProjectId, evidence.Subject, evidence.SubjectId, evidence.FileName, evidence.ContentType, evidence.SizeBytes, evidence.UploadedByName, evidence.CreatedAt);
        }
        catch
        {
            // The record was not saved: the bytes go too.
            await UploadedFiles.DiscardAsync(storage, stored.StorageKey);
            throw;
        }
    }
}
