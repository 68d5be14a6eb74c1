using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Attachments.Commands.RemoveFilingAttachment;

/// <summary>
/// The filer removes an attachment of its unit's draft or returned filing (send the filing's version you read). The
/// record is only marked deleted and the stored bytes are kept: the history and the audit trail still name the file.
/// </summary>
public sealed record RemoveFilingAttachmentCommand(Guid FilingId, Guid AttachmentId, int Version) : ICommand<FilingAttachmentRemovedDto>;

public sealed class RemoveFilingAttachmentValidator : AbstractValidator<RemoveFilingAttachmentCommand>
{
    public RemoveFilingAttachmentValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class RemoveFilingAttachmentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RemoveFilingAttachmentCommand, FilingAttachmentRemovedDto>
{
    public async ValueTask<FilingAttachmentRemovedDto> Handle(RemoveFilingAttachmentCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.FilingId, command.Version, cancellationToken);
        // Tracked, so it joins the filing's attachments; a removed one is filtered out (404).
        _ = await db.FilingAttachments.FirstOrDefaultAsync(a => a.Id == command.AttachmentId && a.FilingId == filing.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(FilingAttachment), command.AttachmentId);
        filing.RemoveAttachment(command.AttachmentId, user.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new FilingAttachmentRemovedDto(filing.Id, filing.Version);
    }
}
