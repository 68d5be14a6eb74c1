using InvestPromo.Domain.Security;

namespace InvestPromo.Application.Auth.Sessions;

/// <summary>The set-based session queries the use cases share: which sessions are active, and ending a user's sessions.</summary>
public static class UserSessionQueries
{
    /// <summary>
    /// The sessions usable at <paramref name="now"/>, in SQL: what <see cref="UserSession.StatusAt"/> calls active (not ended,
    /// before the absolute expiry, seen within the idle timeout).
    /// </summary>
    public static IQueryable<UserSession> ActiveAt(this IQueryable<UserSession> sessions, DateTimeOffset now, TimeSpan idleTimeout)
    {
        var seenAfter = now - idleTimeout;
        return sessions.Where(s => s.EndedAt == null && s.ExpiresAt > now && s.LastSeenAt > seenAfter);
    }

    /// <summary>
    /// Ends the user's active sessions (all but <paramref name="except"/>) in one UPDATE and answers how many it ended. Sessions
    /// that already lapsed keep their state: nobody can use them, and housekeeping deletes them. This process stops believing any
    /// of the user's sessions active (<see cref="ActiveSessionCache"/>).
    /// </summary>
    public static async Task<int> EndSessionsAsync(
        this IApplicationDbContext db, Guid userId, SessionEndReason reason, DateTimeOffset now, TimeSpan idleTimeout, Guid? except, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = db.UserSessions.Where(s => s.UserId == userId).ActiveAt(now, idleTimeout);
        if (except is { } keep)
        {
            sessions = sessions.Where(s => s.Id != keep);
        }

        var ended = await sessions.EndAllAsync(reason, now, ct);
        ActiveSessionCache.ForgetUser(userId); // after the UPDATE: a check in between reads the ended row
        return ended;
    }

    /// <summary>Ends these sessions in one UPDATE (their end, its reason, a new version) and answers how many it ended.</summary>
    public static Task<int> EndAllAsync(this IQueryable<UserSession> sessions, SessionEndReason reason, DateTimeOffset now, CancellationToken ct) =>
        sessions.ExecuteUpdateAsync(
            s => s.SetProperty(x => x.EndedAt, (DateTimeOffset?)now).SetProperty(x => x.EndReason, (SessionEndReason?)reason).SetProperty(x => x.Version, x => x.Version + 1),
            ct);
}
