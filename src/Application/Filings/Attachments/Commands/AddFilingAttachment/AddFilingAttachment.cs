using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Attachments.Commands.AddFilingAttachment;

/// <summary>
/// The filer attaches a file (agreement, photo …) to its unit's draft or returned filing (send the filing's version you
/// read). The type is checked by extension and by the file's first bytes; nothing is stored when any check fails.
/// </summary>
public sealed record AddFilingAttachmentCommand(Guid FilingId, int Version, AttachmentKind? Kind, string? FileName, long Length, Stream Content)
    : ICommand<FilingAttachmentAddedDto>;

public sealed class AddFilingAttachmentValidator : AbstractValidator<AddFilingAttachmentCommand>
{
    public AddFilingAttachmentValidator(AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Kind).NotNull().IsDefinedValue();
        this.AddFileRules(x => x.FileName, x => x.Length, options.Allowed(), options.MaxBytes);
    }
}

public sealed class AddFilingAttachmentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IFileStorage storage, AttachmentOptions options)
    : ICommandHandler<AddFilingAttachmentCommand, FilingAttachmentAddedDto>
{
    public async ValueTask<FilingAttachmentAddedDto> Handle(AddFilingAttachmentCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.FilingId, command.Version, cancellationToken);
        filing.EnsureCanAttach(); // a locked or full filing is refused before any byte is stored

        var stored = await UploadedFiles.CheckAndStoreAsync(command.Content, command.FileName, options.Allowed(), options.MaxBytes, storage, cancellationToken);
        try
        {
            var attachment = filing.AddAttachment(
                new NewAttachment(stored.FileName, stored.Type.ContentType, stored.Length, command.Kind!.Value, stored.Sha256, stored.StorageKey), user.Actor(), clock.GetUtcNow());
            db.Entry(attachment).State = Microsoft.EntityFrameworkCore.EntityState.Added;
            await db.SaveChangesAsync(cancellationToken);
            return new FilingAttachmentAddedDto(attachment.ToDto(), filing.Version);
        }
        catch
        {
            // The record was not saved (stale version, broken rule, database error): the bytes go too.
            await UploadedFiles.DiscardAsync(storage, stored.StorageKey);
            throw;
        }
    }
}
