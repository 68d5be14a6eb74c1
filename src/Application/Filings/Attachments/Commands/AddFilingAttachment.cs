using System.Security.Cryptography;
using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Domain.Filings;
using Mediator;

namespace InvestPromo.Application.Filings.Attachments.Commands;

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
        var allowed = options.Allowed();
        var labels = string.Join("、", allowed.Select(t => t.Label).Distinct());
        var maxMiB = options.MaxBytes / 1024d / 1024d;
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.FileName).NotEmpty().OverridePropertyName("File")
            .WithMessage(_ => new Localized("请选择要上传的文件。", "Choose a file to upload.").Current);
        RuleFor(x => x.Length).GreaterThan(0).OverridePropertyName("File")
            .WithMessage(_ => new Localized("文件是空的。", "The file is empty.").Current);
        RuleFor(x => x.Length).LessThanOrEqualTo(options.MaxBytes).OverridePropertyName("File")
            .WithMessage(_ => new Localized($"文件不能超过 {maxMiB:0.#} MB。", $"The file must not exceed {maxMiB:0.#} MiB.").Current);
        RuleFor(x => x.FileName)
            .Must(name => allowed.Any(t => t.Extension == AttachmentFileName.Extension(AttachmentFileName.Sanitise(name))))
            .When(x => !string.IsNullOrWhiteSpace(x.FileName)).OverridePropertyName("File")
            .WithMessage(_ => new Localized($"只能上传以下类型的文件:{labels}。", $"Only these file types can be uploaded: {labels}.").Current);
    }
}

public sealed class AddFilingAttachmentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IFileStorage storage, AttachmentOptions options)
    : ICommandHandler<AddFilingAttachmentCommand, FilingAttachmentAddedDto>
{
    public async ValueTask<FilingAttachmentAddedDto> Handle(AddFilingAttachmentCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.FilingId, command.Version, cancellationToken);
        filing.EnsureCanAttach(); // a locked or full filing is refused before any byte is stored

        var fileName = AttachmentFileName.Sanitise(command.FileName);
        var type = options.Allowed().Single(t => t.Extension == AttachmentFileName.Extension(fileName));

        await using var buffered = await SeekableAsync(command.Content, cancellationToken);
        var content = buffered ?? command.Content;
        var start = content.Position;
        var length = content.Length - start;
        if (length <= 0 || length > options.MaxBytes)
        {
            throw RequestValidationException.For("file", length <= 0
                ? new Localized("文件是空的。", "The file is empty.").Current
                : new Localized("文件超过大小限制。", "The file is too large.").Current);
        }

        var head = new byte[AttachmentTypes.HeadLength];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (!type.Matches(head.AsSpan(0, read)))
        {
            throw RequestValidationException.For("file", new Localized(
                $"文件内容不是 {type.Label} 格式,与扩展名 .{type.Extension} 不符。",
                $"The file's content is not {type.Label}, although its name ends in .{type.Extension}.").Current);
        }

        content.Position = start;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = start;

        var key = await storage.SaveAsync(content, cancellationToken);
        try
        {
            var attachment = filing.AddAttachment(new NewAttachment(fileName, type.ContentType, length, command.Kind!.Value, sha256, key), user.Actor(), clock.GetUtcNow());
            db.Entry(attachment).State = Microsoft.EntityFrameworkCore.EntityState.Added;
            await db.SaveChangesAsync(cancellationToken);
            return new FilingAttachmentAddedDto(attachment.ToDto(), filing.Version);
        }
        catch
        {
            // The record was not saved (stale version, broken rule, database error): the bytes go too.
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }

    /// <summary>A seekable copy (a temporary file) of a stream that cannot seek; null when the stream can seek already.</summary>
    private async Task<Stream?> SeekableAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            return null;
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var limited = new byte[81920];
        long total = 0;
        int n;
        while ((n = await content.ReadAsync(limited, cancellationToken)) > 0)
        {
            total += n;
            if (total > options.MaxBytes)
            {
                await copy.DisposeAsync();
                throw RequestValidationException.For("file", new Localized("文件超过大小限制。", "The file is too large.").Current);
            }

            await copy.WriteAsync(limited.AsMemory(0, n), cancellationToken);
        }

        copy.Position = 0;
        return copy;
    }
}
