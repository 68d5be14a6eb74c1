using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;

namespace InvestPromo.Infrastructure.Storage;

/// <summary>
/// Files in one bucket of an S3-compatible object store ("Storage:S3"), so every instance reads what any instance stored.
/// Keys are the disk store's (32 hex digits of a Guid v7), used as object names as they are; any other key is refused
/// before the store is asked. A refusal or an unreachable store is a <see cref="FileStorageUnavailableException"/> (503).
/// </summary>
public sealed class S3FileStorage(IAmazonS3 client, string bucket) : IFileStorage, IDisposable
{
    public string Bucket { get; } = bucket;

    /// <summary>A client for the settings (path-style, signing region, time limit, retries), credentials from the settings only.</summary>
    public static S3FileStorage Create(S3StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            MaxErrorRetry = options.MaxErrorRetry,
            // Checksums only where the operation requires one: many S3-compatible servers do not take the trailing checksums
            // that the SDK would otherwise send; the upload's SHA-256 is kept in the row anyway.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return new S3FileStorage(new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config), options.Bucket!);
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = Guid.CreateVersion7().ToString("N");
        var request = new PutObjectRequest
        {
            BucketName = Bucket,
            Key = key,
            InputStream = content,
            AutoCloseStream = false,
            AutoResetStreamPosition = false,
            UseChunkEncoding = false,
            ContentType = "application/octet-stream",
        };
        await Guarded(() => client.PutObjectAsync(request, cancellationToken), "store", cancellationToken);
        return key;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!DiskFileStorage.IsKey(key))
        {
            return null;
        }

        var response = await Guarded(() => NullWhenMissing(client.GetObjectAsync(Bucket, key, cancellationToken)), "read", cancellationToken);
        return response is null ? null : new ResponseStream(response);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        if (!DiskFileStorage.IsKey(key))
        {
            return false;
        }

        var metadata = await Guarded(
            () => NullWhenMissing(client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Bucket, Key = key }, cancellationToken)),
            "check",
            cancellationToken);
        return metadata is not null;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (!DiskFileStorage.IsKey(key))
        {
            return;
        }

        // S3 answers 204 for a key it does not have; a 404 from another server counts the same.
        await Guarded(() => NullWhenMissing(client.DeleteObjectAsync(Bucket, key, cancellationToken)), "delete", cancellationToken);
    }

    public void Dispose() => client.Dispose();

    private static async Task<T?> NullWhenMissing<T>(Task<T> call)
        where T : class
    {
        try
        {
            return await call;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode is null or "NoSuchKey" or "NotFound")
        {
            return null;
        }
    }

    /// <summary>Every failure of the store itself (refused, unreachable, timed out) becomes the one 503 exception.</summary>
    private async Task<T> Guarded<T>(Func<Task<T>> call, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new FileStorageUnavailableException($"The object store could not {what} a file in bucket {Bucket}: {e.Message}", e);
        }
    }

    /// <summary>The object's body; disposing it ends the response.</summary>
    private sealed class ResponseStream(GetObjectResponse response) : Stream
    {
        private readonly Stream inner = response.ResponseStream;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => response.ContentLength;

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
