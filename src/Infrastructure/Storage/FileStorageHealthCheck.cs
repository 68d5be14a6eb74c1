using InvestPromo.Application.Common.Interfaces;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvestPromo.Infrastructure.Storage;

/// <summary>
/// Readiness check "storage": the attachment store (<see cref="IFileStorage"/>, disk or object storage) takes a small file, gives
/// the same bytes back and deletes it. The answer is kept <see cref="CacheFor"/>, so a load balancer probing every few seconds
/// writes one probe file per half minute, not one per probe; a probe that takes longer than <see cref="Timeout"/> fails.
/// </summary>
public sealed class FileStorageHealthCheck(IFileStorage storage) : IHealthCheck, IDisposable
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim probing = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The probe's age is the machine's time, whatever clock the app's rules run on.
        if (last is { } kept && TimeProvider.System.GetUtcNow() - kept.At < CacheFor)
        {
            return kept.Result;
        }

        await probing.WaitAsync(cancellationToken);
        try
        {
            if (last is { } fresh && TimeProvider.System.GetUtcNow() - fresh.At < CacheFor)
            {
                return fresh.Result;
            }

            var result = await ProbeAsync(cancellationToken);
            last = (TimeProvider.System.GetUtcNow(), result);
            return result;
        }
        finally
        {
            probing.Release();
        }
    }

    public void Dispose() => probing.Dispose();

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var token = timeout.Token;
        var probe = Guid.NewGuid().ToByteArray();
        string? key = null;
        try
        {
            using (var content = new MemoryStream(probe))
            {
                key = await storage.SaveAsync(content, token);
            }

            await using var read = await storage.OpenReadAsync(key, token);
            if (read is null)
            {
                return HealthCheckResult.Unhealthy("The attachment store lost a file just written");
            }

            using var copy = new MemoryStream();
            await read.CopyToAsync(copy, token);
            return copy.ToArray().AsSpan().SequenceEqual(probe)
                ? HealthCheckResult.Healthy("The attachment store wrote, read and deleted a probe file")
                : HealthCheckResult.Unhealthy("The attachment store gave back other bytes than written");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The attachment store did not answer within {Timeout.TotalSeconds:0} s"));
        }
#pragma warning disable CA1031 // Any failure of the store is the check's answer, never the probe's crash.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The attachment store refused the probe file: " + e.GetType().Name, e);
        }
        finally
        {
            if (key is not null)
            {
                try
                {
                    await storage.DeleteAsync(key, CancellationToken.None);
                }
#pragma warning disable CA1031 // A probe file left behind is harmless; the answer above stands.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        }
    }
}
