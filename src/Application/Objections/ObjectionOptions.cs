using InvestPromo.Application.Filings.Attachments;

namespace InvestPromo.Application.Objections;

/// <summary>Configuration section "Objections": the limits on objections lodged by the public (异议).</summary>
public sealed class ObjectionOptions
{
    public const string Section = "Objections";

    /// <summary>At most this many objections from one client address in any 24 hours.</summary>
    public int PerAddressPerDay { get; set; } = 5;

    /// <summary>At most this many objections from one client address to one published project.</summary>
    public int PerAddressPerProject { get; set; } = 1;

    /// <summary>At most this many objections to one published project (the re-review has started long before).</summary>
    public int PerProject { get; set; } = 100;

    /// <summary>Largest evidence file, in bytes (default 10 MiB).</summary>
    public long MaxEvidenceBytes { get; set; } = 10L * 1024 * 1024;

#pragma warning disable CA1819 // Bound from configuration; an array replaces the default instead of appending to it.
    /// <summary>Accepted evidence extensions (default: PDF and images), a subset of <see cref="AttachmentTypes.Known"/>.</summary>
    public string[]? AllowedEvidenceTypes { get; set; }
#pragma warning restore CA1819

    public IReadOnlyList<AttachmentType> AllowedEvidence()
    {
        var wanted = (AllowedEvidenceTypes is { Length: > 0 } configured ? configured : ["pdf", "jpg", "jpeg", "png", "webp"])
            .Select(t => t.Trim().TrimStart('.').ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return AttachmentTypes.Known.Where(t => wanted.Contains(t.Extension)).ToList();
    }

    /// <summary>The request body a lodging may send: the file plus room for the form's other fields and framing.</summary>
    public long MaxRequestBytes => MaxEvidenceBytes + (64 * 1024);
}
