using System.Text.RegularExpressions;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;

namespace InvestPromo.Infrastructure.Storage;

/// <summary>
/// Files on local disk under one root folder ("App:DataPath"/attachments by default). A key is a generated id of 32
/// hex digits; the file lives at root/&lt;first two digits&gt;/&lt;key&gt;. Any other key is refused before the disk is
/// touched, so no key can reach outside the root.
/// </summary>
public sealed partial class DiskFileStorage(string root) : IFileStorage
{
    private const int BufferSize = 81920;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = Guid.CreateVersion7().ToString("N");
        var path = PathOf(key);
        var partial = path + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken);
            }

            File.Move(partial, path);
            return key;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a read-only or missing mount: the store refuses, which is a 503 to the caller (nothing stored).
            TryDelete(partial);
            throw new FileStorageUnavailableException($"The attachment store at {Root} refused a write: {e.Message}", e);
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!IsKey(key))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            Stream stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(IsKey(key) && File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (IsKey(key))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: a ".partial" file is never a key, and a backup skips it.
        }
    }

    public static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    private string PathOf(string key)
    {
        if (!IsKey(key))
        {
            throw new ArgumentException("Not a storage key.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(Root, key[..2], key));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("Not a storage key.", nameof(key));
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
