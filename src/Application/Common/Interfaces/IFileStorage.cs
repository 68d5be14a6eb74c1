namespace InvestPromo.Application.Common.Interfaces;

/// <summary>
/// Where uploaded files' bytes live: disk by default (one machine), or S3-compatible object storage ("Storage:Provider").
/// Keys are made by the storage (generated ids, never user file names), so a key can never point outside the store.
/// Callers store the bytes first and save the row that names them after; when that save fails they delete the bytes
/// again. A store that refuses or cannot be reached throws <see cref="Exceptions.FileStorageUnavailableException"/> (503).
/// </summary>
public interface IFileStorage
{
    /// <summary>Stores the stream's bytes (from its current position to the end) and returns the new key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading; null when the key is unknown or its file is missing.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Whether the key's bytes are stored (an unknown or malformed key: false).</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes a stored file; an unknown key is ignored.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
