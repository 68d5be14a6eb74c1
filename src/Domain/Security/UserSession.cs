using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Security;

/// <summary>Why a sign-in session ended.</summary>
public enum SessionEndReason
{
    /// <summary>The user signed out (this session).</summary>
    SignedOut = 1,

    /// <summary>No request for longer than the idle timeout.</summary>
    Idle = 2,

    /// <summary>Past its absolute lifetime, however active.</summary>
    Expired = 3,

    /// <summary>An admin ended all of the user's sessions.</summary>
    EndedByAdmin = 4,

    /// <summary>The password was changed or reset.</summary>
    PasswordChanged = 5,

    /// <summary>The account was deactivated.</summary>
    Deactivated = 6,

    /// <summary>The account's role or unit changed (its claims are stale), or its security stamp did.</summary>
    AccountChanged = 7,

    /// <summary>The user signed out everywhere (every session of theirs).</summary>
    SignedOutEverywhere = 8,
}

/// <summary>Where a session stands at an instant.</summary>
public enum SessionStatus
{
    Active = 1,
    Ended = 2,
    Idle = 3,
    Expired = 4,
}

/// <summary>
/// One sign-in of a user: the server's record behind the auth cookie, whose id the cookie carries. A request counts only while
/// the session is active: not ended, used within the idle timeout, and within its absolute lifetime, whatever the cookie says.
/// </summary>
public sealed class UserSession : Entity
{
    public const int ClientAddressMaxLength = 45;
    public const int UserAgentMaxLength = 200;

    /// <summary>The last-seen time is written at most this often: enough for an idle timeout counted in minutes.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private UserSession()
    {
    }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last request, to within <see cref="TouchInterval"/>.</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>The end of the absolute lifetime.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    public string? ClientAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public static UserSession Start(Guid userId, DateTimeOffset now, TimeSpan absoluteLifetime, string? clientAddress, string? userAgent)
    {
        if (absoluteLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(absoluteLifetime), absoluteLifetime, "A session must last some time.");
        }

        return new UserSession
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + absoluteLifetime,
            ClientAddress = Truncate(clientAddress, ClientAddressMaxLength),
            UserAgent = Truncate(userAgent, UserAgentMaxLength),
        };
    }

    /// <summary>Ended beats expired, expired beats idle: the reason recorded is the first that happened in this order.</summary>
    public SessionStatus StatusAt(DateTimeOffset now, TimeSpan idleTimeout) =>
        EndedAt is not null ? SessionStatus.Ended
        : now >= ExpiresAt ? SessionStatus.Expired
        : now >= LastSeenAt + idleTimeout ? SessionStatus.Idle
        : SessionStatus.Active;

    /// <summary>True when the last-seen time is older than <see cref="TouchInterval"/> and should be written.</summary>
    public bool NeedsTouchAt(DateTimeOffset now) => now - LastSeenAt >= TouchInterval;

    /// <summary>The reason to record for a session found no longer usable (idle or expired); null when it is active or already ended.</summary>
    public SessionEndReason? LapseReasonAt(DateTimeOffset now, TimeSpan idleTimeout) => StatusAt(now, idleTimeout) switch
    {
        SessionStatus.Expired => SessionEndReason.Expired,
        SessionStatus.Idle => SessionEndReason.Idle,
        _ => null,
    };

    /// <summary>Ends the session; ending an ended session changes nothing (the first end and reason stay).</summary>
    public void End(SessionEndReason reason, DateTimeOffset now)
    {
        if (EndedAt is not null)
        {
            return;
        }

        EndedAt = now;
        EndReason = reason;
    }

    private static string? Truncate(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var clean = new string([.. value.Trim().Where(c => !Guard.IsForbidden(c))]);
        return clean.Length == 0 ? null : clean.Length > maxLength ? clean[..maxLength] : clean;
    }
}
