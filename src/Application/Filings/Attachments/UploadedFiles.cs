using System.Linq.Expressions;
using System.Security.Cryptography;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Attachments;

/// <summary>An uploaded file that passed every check and is now in file storage.</summary>
public sealed record StoredUpload(string FileName, AttachmentType Type, long Length, string Sha256, string StorageKey);

/// <summary>
/// The checks every upload goes through (a filing's attachments, an objection's evidence): a name, a size within the
/// limit, an allowed extension, and content whose first bytes are that type's. Only then are the bytes stored; the
/// caller deletes them again if its save fails.
/// </summary>
public static class UploadedFiles
{
    /// <summary>The shape rules, as field errors on "file": chosen, not empty, not too large, an allowed extension.</summary>
    public static void AddFileRules<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string?>> fileName,
        Expression<Func<T, long>> length,
        IReadOnlyList<AttachmentType> allowed,
        long maxBytes,
        Func<T, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(allowed);
        var applies = when ?? (_ => true);
        var labels = string.Join("、", allowed.Select(t => t.Label).Distinct());
        var maxMiB = maxBytes / 1024d / 1024d;
        validator.RuleFor(fileName).NotEmpty().When(applies).OverridePropertyName("File")
            .WithMessage(_ => new Localized("请选择要上传的文件。", "Choose a file to upload.").Current);
        validator.RuleFor(length).GreaterThan(0).When(applies).OverridePropertyName("File")
            .WithMessage(_ => new Localized("文件是空的。", "The file is empty.").Current);
        validator.RuleFor(length).LessThanOrEqualTo(maxBytes).When(applies).OverridePropertyName("File")
            .WithMessage(_ => new Localized($"文件不能超过 {maxMiB:0.#} MB。", $"The file must not exceed {maxMiB:0.#} MiB.").Current);
        // A missing name is NotEmpty's to report. No Compile() of the name's expression here: scoped validators are built per
        // request, and each compiled expression is a new dynamic method for the JIT.
        validator.RuleFor(fileName)
            .Must(name => string.IsNullOrWhiteSpace(name) || allowed.Any(t => t.Extension == AttachmentFileName.Extension(AttachmentFileName.Sanitise(name))))
            .When(applies).OverridePropertyName("File")
            .WithMessage(_ => new Localized($"只能上传以下类型的文件:{labels}。", $"Only these file types can be uploaded: {labels}.").Current);
    }

    /// <summary>
    /// Checks the bytes (size, and the first bytes against the extension's type) and stores them. A wrong or oversize
    /// file is a 400 on "file" and nothing is stored.
    /// </summary>
    public static async Task<StoredUpload> CheckAndStoreAsync(
        Stream content,
        string? uploadedName,
        IReadOnlyList<AttachmentType> allowed,
        long maxBytes,
        IFileStorage storage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(storage);
        var fileName = AttachmentFileName.Sanitise(uploadedName);
        var type = allowed.FirstOrDefault(t => t.Extension == AttachmentFileName.Extension(fileName))
            ?? throw RequestValidationException.For("file", new Localized("不支持该文件类型。", "This file type is not accepted.").Current);

        await using var buffered = await SeekableAsync(content, maxBytes, cancellationToken);
        var seekable = buffered ?? content;
        var start = seekable.Position;
        var length = seekable.Length - start;
        if (length <= 0 || length > maxBytes)
        {
            throw RequestValidationException.For("file", length <= 0
                ? new Localized("文件是空的。", "The file is empty.").Current
                : new Localized("文件超过大小限制。", "The file is too large.").Current);
        }

        var head = new byte[AttachmentTypes.HeadLength];
        var read = await seekable.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (!type.Matches(head.AsSpan(0, read)))
        {
            throw RequestValidationException.For("file", new Localized(
                $"文件内容不是 {type.Label} 格式,与扩展名 .{type.Extension} 不符。",
                $"The file's content is not {type.Label}, although its name ends in .{type.Extension}.").Current);
        }

        seekable.Position = start;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(seekable, cancellationToken));
        seekable.Position = start;
        var key = await storage.SaveAsync(seekable, cancellationToken);
        return new StoredUpload(fileName, type, length, sha256, key);
    }

    /// <summary>
    /// Deletes stored bytes whose row was not saved. A store that is unavailable now leaves them (no row names them, so
    /// they are never served): the caller's own failure is the one answered, not the clean-up's.
    /// </summary>
    public static async Task DiscardAsync(IFileStorage storage, string key)
    {
        ArgumentNullException.ThrowIfNull(storage);
        try
        {
            await storage.DeleteAsync(key, CancellationToken.None);
        }
        catch (FileStorageUnavailableException)
        {
            // Left in the store, named by no row.
        }
    }

    /// <summary>A seekable copy (a temporary file) of a stream that cannot seek; null when the stream can seek already.</summary>
    private static async Task<Stream?> SeekableAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            return null;
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += n;
            if (total > maxBytes)
            {
                await copy.DisposeAsync();
                throw RequestValidationException.For("file", new Localized("文件超过大小限制。", "The file is too large.").Current);
            }

            await copy.WriteAsync(buffer.AsMemory(0, n), cancellationToken);
        }

        copy.Position = 0;
        return copy;
    }
}
