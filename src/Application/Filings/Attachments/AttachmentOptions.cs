namespace InvestPromo.Application.Filings.Attachments;

/// <summary>Configuration section "Attachments": how large a file may be and which types are accepted.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Largest accepted file, in bytes (default 20 MiB).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

#pragma warning disable CA1819 // Bound from configuration; an array replaces the default instead of appending to it.
    /// <summary>Accepted extensions (without the dot), a subset of <see cref="AttachmentTypes.Known"/>; empty or absent means all of them.</summary>
    public string[]? AllowedTypes { get; set; }
#pragma warning restore CA1819

    /// <summary>The accepted types, known ones only, in the order of <see cref="AttachmentTypes.Known"/>.</summary>
    public IReadOnlyList<AttachmentType> Allowed()
    {
        if (AllowedTypes is not { Length: > 0 } configured)
        {
            return AttachmentTypes.Known;
        }

        var wanted = configured.Select(t => t.Trim().TrimStart('.').ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return AttachmentTypes.Known.Where(t => wanted.Contains(t.Extension)).ToList();
    }

    /// <summary>The request body an upload may send: the file plus room for the multipart framing and the other fields.</summary>
    public long MaxRequestBytes => MaxBytes + (64 * 1024);
}
