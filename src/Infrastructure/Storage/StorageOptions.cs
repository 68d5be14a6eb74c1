namespace InvestPromo.Infrastructure.Storage;

/// <summary>Where attachments' and evidence's bytes live.</summary>
public enum StorageProvider
{
    /// <summary>Files under "Attachments:StoragePath" (default &lt;App:DataPath&gt;/attachments): one machine.</summary>
    Disk,

    /// <summary>An S3-compatible object store ("Storage:S3"), shared by every instance.</summary>
    S3,
}

/// <summary>
/// Configuration section "Storage": <c>Provider</c> = <c>Disk</c> (default) or <c>S3</c>, and for S3 the "Storage:S3"
/// settings. Checked at start-up: a missing setting stops the app with one line naming it.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Disk;

    public S3StorageOptions S3 { get; set; } = new();

    /// <summary>Refuses an S3 store without its endpoint, bucket or keys, naming the first missing setting.</summary>
    public StorageOptions Validated()
    {
        if (!Enum.IsDefined(Provider))
        {
            throw new InvalidOperationException($"{Section}:{nameof(Provider)} must be {nameof(StorageProvider.Disk)} or {nameof(StorageProvider.S3)}.");
        }

        if (Provider != StorageProvider.S3)
        {
            return this;
        }

        var missing = new (string Name, string? Value)[]
        {
            (nameof(S3StorageOptions.ServiceUrl), S3.ServiceUrl),
            (nameof(S3StorageOptions.Bucket), S3.Bucket),
            (nameof(S3StorageOptions.AccessKey), S3.AccessKey),
            (nameof(S3StorageOptions.SecretKey), S3.SecretKey),
        }.FirstOrDefault(s => string.IsNullOrWhiteSpace(s.Value));
        if (missing.Name is not null)
        {
            throw new InvalidOperationException($"{Section}:S3:{missing.Name} is required when {Section}:{nameof(Provider)} is S3.");
        }

        if (!Uri.TryCreate(S3.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{Section}:S3:{nameof(S3StorageOptions.ServiceUrl)} must be an http:// or https:// address.");
        }

        if (S3.TimeoutSeconds is < 1 or > 600 || S3.MaxErrorRetry is < 0 or > 10)
        {
            throw new InvalidOperationException($"{Section}:S3:{nameof(S3StorageOptions.TimeoutSeconds)} must be 1–600 and {nameof(S3StorageOptions.MaxErrorRetry)} 0–10.");
        }

        return this;
    }
}

/// <summary>"Storage:S3": an S3-compatible endpoint (AWS, MinIO, Ceph, s3rver …) and the bucket the files go in.</summary>
public sealed class S3StorageOptions
{
    /// <summary>The endpoint, e.g. http://minio.internal:9000.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bucket; it must exist (the app creates none).</summary>
    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Signing region (default us-east-1, what most S3-compatible servers expect).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Path-style addresses (http://host/bucket/key), as MinIO and most self-hosted servers need (default true).</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>One request's time limit in seconds (default 30).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a failed request by the SDK before the store counts as unavailable (default 2).</summary>
    public int MaxErrorRetry { get; set; } = 2;
}
