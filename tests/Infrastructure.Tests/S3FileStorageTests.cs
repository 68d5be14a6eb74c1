using System.Security.Cryptography;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Infrastructure.Storage;
using InvestPromo.Tests.Support;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>One s3rver for the class (its tests run one after another; one of them stops and starts it).</summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    public S3rverServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await S3rverServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>The S3 store against a real S3-compatible server (s3rver): bytes round trip, missing keys, and a refusing store.</summary>
public sealed class S3FileStorageTests(S3rverFixture fixture) : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly S3rverServer server = fixture.Server;
    private readonly S3FileStorage storage = S3FileStorage.Create(Options(fixture.Server));

    public void Dispose() => storage.Dispose();

    private static S3StorageOptions Options(S3rverServer server) => new StorageOptions
    {
        Provider = StorageProvider.S3,
        S3 = new S3StorageOptions
        {
            ServiceUrl = server.ServiceUrl,
            Bucket = S3rverServer.Bucket,
            AccessKey = S3rverServer.AccessKey,
            SecretKey = S3rverServer.SecretKey,
            MaxErrorRetry = 1,
            TimeoutSeconds = 10,
        },
    }.Validated().S3;

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    [Fact]
    public async Task Stored_bytes_are_read_back_exactly_exist_and_are_gone_after_delete()
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        using var content = new MemoryStream([.. "skip"u8, .. bytes]) { Position = 4 }; // from the stream's position on

        var key = await storage.SaveAsync(content, CancellationToken.None);

        Assert.True(DiskFileStorage.IsKey(key));
        Assert.True(await storage.ExistsAsync(key, CancellationToken.None));
        Assert.Equal(bytes, await ReadAllAsync((await storage.OpenReadAsync(key, CancellationToken.None))!));

        await storage.DeleteAsync(key, CancellationToken.None);

        Assert.False(await storage.ExistsAsync(key, CancellationToken.None));
        Assert.Null(await storage.OpenReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Two_stores_get_two_keys()
    {
        var first = await storage.SaveAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);
        var second = await storage.SaveAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal([1, 2, 3], await ReadAllAsync((await storage.OpenReadAsync(second, CancellationToken.None))!));
    }

    [Fact]
    public async Task A_missing_or_malformed_key_reads_as_nothing_and_deletes_quietly()
    {
        var missing = Guid.CreateVersion7().ToString("N");

        Assert.Null(await storage.OpenReadAsync(missing, CancellationToken.None));
        Assert.False(await storage.ExistsAsync(missing, CancellationToken.None));
        await storage.DeleteAsync(missing, CancellationToken.None);

        Assert.Null(await storage.OpenReadAsync("../investpromo-test/x", CancellationToken.None));
        Assert.False(await storage.ExistsAsync("../../etc/passwd", CancellationToken.None));
    }

    [Fact]
    public async Task A_stopped_store_refuses_with_the_storage_exception_and_works_again_when_back()
    {
        var kept = await storage.SaveAsync(new MemoryStream([7, 7, 7]), CancellationToken.None);
        await server.StopAsync();

        var refused = await Assert.ThrowsAsync<FileStorageUnavailableException>(() => storage.SaveAsync(new MemoryStream([1, 2, 3]), CancellationToken.None));
        Assert.Contains(S3rverServer.Bucket, refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<FileStorageUnavailableException>(() => storage.OpenReadAsync(kept, CancellationToken.None));
        await Assert.ThrowsAsync<FileStorageUnavailableException>(() => storage.ExistsAsync(kept, CancellationToken.None));

        await server.StartAgainAsync();

        Assert.Equal([7, 7, 7], await ReadAllAsync((await storage.OpenReadAsync(kept, CancellationToken.None))!));
        Assert.True(await storage.ExistsAsync(await storage.SaveAsync(new MemoryStream([4]), CancellationToken.None), CancellationToken.None));
    }

    [Fact]
    public async Task A_bucket_that_does_not_exist_is_a_refusal_not_a_missing_file()
    {
        var options = Options(server);
        options.Bucket = "no-such-bucket";
        using var other = S3FileStorage.Create(options);

        await Assert.ThrowsAsync<FileStorageUnavailableException>(() => other.SaveAsync(new MemoryStream([1]), CancellationToken.None));
    }

    [Theory]
    [InlineData("ServiceUrl")]
    [InlineData("Bucket")]
    [InlineData("AccessKey")]
    [InlineData("SecretKey")]
    public void A_missing_S3_setting_is_named_at_start_up(string setting)
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.S3,
            S3 = new S3StorageOptions { ServiceUrl = "http://127.0.0.1:9000", Bucket = "b", AccessKey = "a", SecretKey = "s" },
        };
        typeof(S3StorageOptions).GetProperty(setting)!.SetValue(options.S3, " ");

        var error = Assert.Throws<InvalidOperationException>(options.Validated);

        Assert.Equal($"Storage:S3:{setting} is required when Storage:Provider is S3.", error.Message);
    }

    [Fact]
    public void Disk_is_the_default_and_needs_no_S3_setting()
    {
        var options = new StorageOptions().Validated();

        Assert.Equal(StorageProvider.Disk, options.Provider);
    }

    [Fact]
    public async Task A_disk_store_that_cannot_write_refuses_with_the_storage_exception()
    {
        var file = Path.GetTempFileName(); // a file where the store's folder should be: every write fails
        try
        {
            var disk = new DiskFileStorage(file);

            await Assert.ThrowsAsync<FileStorageUnavailableException>(() => disk.SaveAsync(new MemoryStream([1]), CancellationToken.None));
            Assert.False(await disk.ExistsAsync(Guid.CreateVersion7().ToString("N"), CancellationToken.None));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
