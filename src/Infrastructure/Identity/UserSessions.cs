using InvestPromo.Application.Auth;
using InvestPromo.Application.Auth.Sessions;
using InvestPromo.Application.Common.Persistence;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>
/// The server side of a cookie sign-in: a <see cref="UserSession"/> row started at sign-in, checked on every cookie request,
/// ended at sign-out. The check is one primary-key read (a compiled query), skipped for <see cref="ActiveSessionCache.Lifetime"/>
/// after a session was found active; it writes only when the session lapsed (once) or
/// when its last-seen time is older than <see cref="UserSession.TouchInterval"/> (at most once a minute per session).
/// </summary>
public sealed class UserSessions(ApplicationDbContext db, UserSessionOptions options, TimeProvider clock)
{
    /// <summary>Compiled: every cookie-authenticated request runs it.</summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, CancellationToken, Task<UserSession?>>> ById = new(() => EF.CompileAsyncQuery(
        (DbContext c, Guid id, CancellationToken ct) => c.Set<UserSession>().AsNoTracking().FirstOrDefault(s => s.Id == id)));

    /// <summary>Starts a session for a user who has just signed in and answers its id (the cookie's claim).</summary>
    public async Task<Guid> StartAsync(Guid userId, string? clientAddress, string? userAgent, CancellationToken ct)
    {
        var session = UserSession.Start(userId, clock.GetUtcNow(), options.AbsoluteLifetime, clientAddress, userAgent);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    /// <summary>
    /// True when the session exists, belongs to the user and is active now; records a lapse (idle, expired) the first time it
    /// is seen, and the last-seen time at most once a minute.
    /// </summary>
    public async Task<bool> CheckAsync(Guid sessionId, Guid userId, CancellationToken ct)
    {
        var asked = clock.GetUtcNow();
        if (ActiveSessionCache.IsActive(sessionId, userId, asked))
        {
            return true; // found active less than ActiveSessionCache.Lifetime ago
        }

        var session = await ById.For(db)(db, sessionId, ct);
        if (session is null || session.UserId != userId)
        {
            return false;
        }

        var now = asked;
        if (session.StatusAt(now, options.IdleTimeout) == SessionStatus.Active)
        {
            var lastSeen = session.LastSeenAt;
            if (session.NeedsTouchAt(now))
            {
                var staleBefore = now - UserSession.TouchInterval;
                await db.UserSessions.Where(s => s.Id == sessionId && s.LastSeenAt <= staleBefore)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
                lastSeen = now;
            }

            var nextTouch = lastSeen + UserSession.TouchInterval;
            ActiveSessionCache.Remember(sessionId, userId, now, nextTouch < session.ExpiresAt ? nextTouch : session.ExpiresAt);
            return true;
        }

        if (session.LapseReasonAt(now, options.IdleTimeout) is { } lapse)
        {
            // Recorded once: the next request finds it ended. Another end saved meanwhile wins (its Version moved on).
            db.UserSessions.Attach(session);
            session.End(lapse, now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(session).State = EntityState.Detached;
            }
        }

        return false;
    }

    /// <summary>Ends one session; an ended one keeps its first end and reason.</summary>
    public async Task<int> EndAsync(Guid sessionId, SessionEndReason reason, CancellationToken ct)
    {
        var ended = await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null).EndAllAsync(reason, clock.GetUtcNow(), ct);
        ActiveSessionCache.Forget(sessionId);
        return ended;
    }
}
