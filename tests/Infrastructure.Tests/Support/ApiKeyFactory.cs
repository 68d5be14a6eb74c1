using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Tests.Support;

internal static class ApiKeyFactory
{
    private static int _counter;

    /// <summary>A key issued at <paramref name="createdAt"/>; used last at <paramref name="lastUsedAt"/>, set as the API does (a set-based update).</summary>
    public static async Task<ApiKey> AddAsync(SqliteTestHost host, string name, DateTimeOffset createdAt, DateTimeOffset? lastUsedAt = null)
    {
        var n = Interlocked.Increment(ref _counter);
        var prefix = $"ipk_{n:D8}";
        await using var scope = host.Scope();
        var db = scope.Db();
        var key = ApiKey.Issue(name, ApiKeyScope.ReadOnly, prefix, new string('a', 60) + n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), null, null, "admin", createdAt);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(CancellationToken.None);
        if (lastUsedAt is { } used)
        {
            await SetLastUsedAsync(db, key.Id, used);
        }

        return key;
    }

    public static Task<int> SetLastUsedAsync(ApplicationDbContext db, Guid id, DateTimeOffset at) =>
        db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, at));
}
