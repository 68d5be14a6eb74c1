using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents.Commands.AddPromotionEventFile;

/// <summary>
/// Adds a photo or file to an event the caller may change (an association only to its own proposal while it waits): the same
/// types and size limit as a filing's attachments, checked by extension and first bytes; nothing is stored when a check fails.
/// </summary>
public sealed record AddPromotionEventFileCommand(Guid EventId, string? FileName, long Length, Stream Content) : ICommand<PromotionEventFileDto>;

public sealed class AddPromotionEventFileValidator : AbstractValidator<AddPromotionEventFileCommand>
{
    public AddPromotionEventFileValidator(AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.AddFileRules(x => x.FileName, x => x.Length, options.Allowed(), options.MaxBytes);
    }
}

public sealed class AddPromotionEventFileHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IFileStorage storage, AttachmentOptions options)
    : ICommandHandler<AddPromotionEventFileCommand, PromotionEventFileDto>
{
    public async ValueTask<PromotionEventFileDto> Handle(AddPromotionEventFileCommand command, CancellationToken cancellationToken)
    {
        var (promotionEvent, associationId) = await db.LoadEventForChangeAsync(user, command.EventId, version: null, cancellationToken);
        promotionEvent.EnsureEditableBy(associationId);
        if (await db.PromotionEventFiles.CountAsync(f => f.EventId == promotionEvent.Id, cancellationToken) >= PromotionEventFile.MaxPerEvent)
        {
            throw DomainRuleException.Conflict("event.file-limit", "An event has at most 30 photos and files.");
        }

        var stored = await UploadedFiles.CheckAndStoreAsync(command.Content, command.FileName, options.Allowed(), options.MaxBytes, storage, cancellationToken);
        try
        {
            var file = PromotionEventFile.Add(promotionEvent, associationId, stored.FileName, stored.Type.ContentType, stored.Length, stored.Sha256, stored.StorageKey, user.UserId, user.ActorName(), clock.GetUtcNow());
            db.PromotionEventFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            return new PromotionEventFileDto(file.Id, file.EventId, file.FileName, file.ContentType, file.SizeBytes, file.IsPhoto, file.CreatedAt, file.UploadedByName);
        }
        catch
        {
            await UploadedFiles.DiscardAsync(storage, stored.StorageKey);
            throw;
        }
    }
}
