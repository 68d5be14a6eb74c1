namespace InvestPromo.Application.Common.Interfaces;

/// <summary>
/// Where uploaded files' bytes live (disk by default). Keys are made by the storage (generated ids, never user file
/// names), so a key can never point outside the store.
/// </summary>
public interface IFileStorage
{
    /// <summary>Stores the stream's bytes (from its current position to the end) and returns the new key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading; null when the key is unknown or its file is missing.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes a stored file; an unknown key is ignored.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
