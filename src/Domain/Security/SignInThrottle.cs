using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Security;

/// <summary>How many failed sign-ins a key may collect within <see cref="Window"/> before it is locked for <see cref="LockFor"/>.</summary>
public sealed record SignInLimit
{
    public SignInLimit(int failures, TimeSpan window, TimeSpan lockFor)
    {
        if (failures < 1 || window <= TimeSpan.Zero || lockFor <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(failures), "A sign-in limit needs at least one failure, a positive window and a positive lock.");
        }

        Failures = failures;
        Window = window;
        LockFor = lockFor;
    }

    public int Failures { get; }

    public TimeSpan Window { get; }

    public TimeSpan LockFor { get; }
}

/// <summary>
/// Failed sign-ins counted for one key, in a fixed window that starts at the first failure: a user name from one client address
/// (throttled first, so a stranger's guessing refuses only the stranger's address), or a user name from any address (locked
/// only at a much higher count). Keys are hashes of the normalised name (and address) and are kept for unknown names too, so
/// an unknown name is answered exactly as a known one. Not audited; housekeeping deletes stale rows.
/// </summary>
public sealed class SignInThrottle : Entity
{
    /// <summary>Hex SHA-256.</summary>
    public const int KeyLength = 64;

    private SignInThrottle()
    {
        Key = string.Empty;
        AccountKey = string.Empty;
    }

    /// <summary>A fresh count for <paramref name="key"/>, which belongs to the account (name) <paramref name="accountKey"/>.</summary>
    public static SignInThrottle Start(string key, string accountKey, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        return new SignInThrottle { Key = key, AccountKey = accountKey, WindowStartedAt = now };
    }

    /// <summary>What is counted: the account name alone, or with one client address.</summary>
    public string Key { get; private set; }

    /// <summary>The account name's key, so an admin's unlock or password reset clears every count of the account.</summary>
    public string AccountKey { get; private set; }

    public int Failures { get; private set; }

    public DateTimeOffset WindowStartedAt { get; private set; }

    /// <summary>Until when sign-ins under this key are refused, whatever the password.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    /// <summary>
    /// Counts a failure at <paramref name="now"/>; a failure after the window (or after a lock ended) starts a new window.
    /// Answers true when this failure reaches the limit and locks the key (a locked key records nothing more).
    /// </summary>
    public bool RecordFailure(DateTimeOffset now, SignInLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (IsLocked(now))
        {
            return false;
        }

        if (LockedUntil is not null || now >= WindowStartedAt + limit.Window)
        {
            WindowStartedAt = now;
            Failures = 0;
            LockedUntil = null;
        }

        Failures++;
        if (Failures < limit.Failures)
        {
            return false;
        }

        LockedUntil = now + limit.LockFor;
        return true;
    }

    /// <summary>Neither locked nor within a window that could still lead to a lock: nothing is lost by deleting it.</summary>
    public bool IsStale(DateTimeOffset now, TimeSpan longestWindow) => !IsLocked(now) && now >= WindowStartedAt + longestWindow;
}
