using System.Collections.Concurrent;

namespace InvestPromo.Application.Auth.Sessions;

/// <summary>
/// Sessions found active a moment ago (issue 16: the session check was one SQL round trip on every cookie request, a quarter of
/// the review queue's PostgreSQL time). A session found active is taken as active for <see cref="Lifetime"/> without asking the
/// database; ending sessions through <see cref="UserSessionQueries"/> forgets them at once in this process. Another instance
/// learns of an end within <see cref="Lifetime"/> (DEVELOPERS.md). Only the positive answer is kept: an ended, lapsed or unknown
/// session is read from the database every time. Process-wide (ending sessions is an extension on the context, outside DI);
/// keys are session ids, unique across databases.
/// </summary>
public static class ActiveSessionCache
{
    /// <summary>How long "active" is believed: also the longest another instance serves a session ended elsewhere.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    /// <summary>Entries kept at most; when full, the whole cache is dropped (a cost, never a wrong answer).</summary>
    public const int Capacity = 50_000;

    private static readonly ConcurrentDictionary<Guid, (Guid UserId, DateTimeOffset Until)> Sessions = new();

    /// <summary>True when the session was found active for this user less than <see cref="Lifetime"/> before <paramref name="now"/>.</summary>
    public static bool IsActive(Guid sessionId, Guid userId, DateTimeOffset now) =>
        Sessions.TryGetValue(sessionId, out var entry) && entry.UserId == userId && entry.Until > now && entry.Until - Lifetime <= now; // a clock set back is not believed

    /// <summary>
    /// Remembers a session the database has just called active, until <see cref="Lifetime"/> from now or <paramref name="recheckAt"/>
    /// if sooner (its next last-seen write, its absolute expiry), so those happen exactly when they would without the cache.
    /// </summary>
    public static void Remember(Guid sessionId, Guid userId, DateTimeOffset now, DateTimeOffset recheckAt)
    {
        if (Sessions.Count >= Capacity)
        {
            Sessions.Clear();
        }

        var until = now + Lifetime;
        Sessions[sessionId] = (userId, recheckAt < until ? recheckAt : until);
    }

    /// <summary>Forgets one session (it has just been ended).</summary>
    public static void Forget(Guid sessionId) => Sessions.TryRemove(sessionId, out _);

    /// <summary>Forgets every session of a user (some of them have just been ended).</summary>
    public static void ForgetUser(Guid userId)
    {
        foreach (var (id, entry) in Sessions)
        {
            if (entry.UserId == userId)
            {
                Sessions.TryRemove(id, out _);
            }
        }
    }
}
