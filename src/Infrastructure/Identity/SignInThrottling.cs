using System.Security.Cryptography;
using System.Text;
using InvestPromo.Application.Auth;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>The outcome of counting one failed sign-in.</summary>
/// <param name="Refused">This failure reached a limit: the name is refused (from this address, or from everywhere).</param>
/// <param name="AccountLockedUntil">Set when this failure locked the name from every address.</param>
/// <param name="AccountFailures">The name's failures across addresses in the current window.</param>
public sealed record SignInFailure(bool Refused, DateTimeOffset? AccountLockedUntil, int AccountFailures);

/// <summary>
/// Failed sign-ins per (user name, client address) and per user name, in the database (<see cref="SignInThrottle"/>), so the
/// counts survive a restart and are shared by every instance. Keys are SHA-256 of the normalised name (and the address):
/// neither is stored in clear, and unknown names are counted exactly like known ones.
/// </summary>
public sealed partial class SignInThrottling(IServiceScopeFactory scopes, SignInThrottleOptions options, TimeProvider clock, ILogger<SignInThrottling> logger)
{
    /// <summary>A burst against one name from many addresses races on its one row; each retry reads the fresh count.</summary>
    private const int Attempts = 8;

    public static string AccountKey(string normalisedName) => Hash("account\n" + normalisedName);

    public static string PairKey(string normalisedName, string address) => Hash("pair\n" + normalisedName + "\n" + address);

    /// <summary>True when the name is locked everywhere, or refused from this address.</summary>
    public async Task<bool> IsRefusedAsync(string normalisedName, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        string[] keys = [AccountKey(normalisedName), PairKey(normalisedName, address)];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.SignInThrottles.AsNoTracking().AnyAsync(t => keys.Contains(t.Key) && t.LockedUntil != null && t.LockedUntil > now, ct);
    }

    /// <summary>
    /// Counts a failure for the pair and for the name; retried (with a short random pause) when another request or instance counted
    /// at the same time. When every attempt lost the race the failure is logged and answered as an ordinary wrong password, never a 500.
    /// </summary>
    public async Task<SignInFailure> RecordFailureAsync(string normalisedName, string address, CancellationToken ct)
    {
        var accountKey = AccountKey(normalisedName);
        var pairKey = PairKey(normalisedName, address);
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var rows = await db.SignInThrottles.Where(t => t.Key == accountKey || t.Key == pairKey).ToListAsync(ct);
            var account = rows.SingleOrDefault(t => t.Key == accountKey) ?? Add(db, SignInThrottle.Start(accountKey, accountKey, now));
            var pair = rows.SingleOrDefault(t => t.Key == pairKey) ?? Add(db, SignInThrottle.Start(pairKey, accountKey, now));
            var pairRefused = pair.RecordFailure(now, options.AddressLimit);
            var accountLocked = account.RecordFailure(now, options.AccountLimit);
            try
            {
                await db.SaveChangesAsync(ct);
                return new SignInFailure(pairRefused || accountLocked, accountLocked ? account.LockedUntil : null, account.Failures);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request counted the same key first (a stale version or a duplicate key): count again on fresh rows.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), ct);
            }
            catch (DbUpdateException exception)
            {
                LogFailureNotCounted(logger, exception, Attempts);
                return new SignInFailure(Refused: false, AccountLockedUntil: null, AccountFailures: 0);
            }
        }
    }

    /// <summary>After a successful sign-in: this address starts afresh (the count across addresses stays).</summary>
    public async Task ClearPairAsync(string normalisedName, string address, CancellationToken ct)
    {
        var pairKey = PairKey(normalisedName, address);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.SignInThrottles.Where(t => t.Key == pairKey).ExecuteDeleteAsync(ct);
    }

    private static SignInThrottle Add(ApplicationDbContext db, SignInThrottle throttle)
    {
        db.SignInThrottles.Add(throttle);
        return throttle;
    }

    [LoggerMessage(EventId = 4102, EventName = "SignInFailureNotCounted", Level = LogLevel.Warning, Message = "A failed sign-in could not be counted after {Attempts} attempts: other requests kept counting the same name")]
    private static partial void LogFailureNotCounted(ILogger logger, Exception exception, int attempts);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>A hash of a random password, made once with the app's hasher: verifying an unknown name's password against it costs what a known name's costs.</summary>
public sealed class UnknownUserPassword
{
    private static readonly ApplicationUser Nobody = new();
    private string? hash;

    public void Verify(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var dummy = LazyInitializer.EnsureInitialized(ref hash, () => hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
        _ = hasher.VerifyHashedPassword(Nobody, dummy, password);
    }
}
