using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Security;

namespace InvestPromo.Application.ApiKeys.Commands.RetireUnusedApiKeys;

/// <summary>
/// Housekeeping: retires keys nobody has used for <paramref name="UnusedForDays"/> days (or never used since
/// creation). Set-based and idempotent: a repeated run finds nothing more to retire.
/// </summary>
public sealed record RetireUnusedApiKeysCommand(int UnusedForDays) : ICommand<int>;

public sealed class RetireUnusedApiKeysHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RetireUnusedApiKeysCommand, int>
{
    public async ValueTask<int> Handle(RetireUnusedApiKeysCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-command.UnusedForDays);

        // One transaction: keys are never retired without their audit entries.
        return await db.InTransactionAsync(
            async ct =>
            {
                var candidates = await db.ApiKeys
                    .Where(k => k.RevokedAt == null && (k.LastUsedAt ?? k.CreatedAt) < cutoff)
                    .Select(k => k.Id)
                    .ToListAsync(ct);
                if (candidates.Count == 0)
                {
                    return 0;
                }

                await db.ApiKeys
                    .Where(k => candidates.Contains(k.Id) && k.RevokedAt == null)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(k => k.RevokedAt, now)
                              .SetProperty(k => k.RevokedReason, ApiKey.UnusedReason)
                              .SetProperty(k => k.Version, k => k.Version + 1),
                        ct);

                // Audit exactly the rows this run changed (another writer may have revoked one in between).
                var retired = await db.ApiKeys
                    .Where(k => candidates.Contains(k.Id) && k.RevokedAt == now && k.RevokedReason == ApiKey.UnusedReason)
                    .Select(k => k.Id)
                    .ToListAsync(ct);
                var after = $$"""{"revokedAt":"{{now:O}}","revokedReason":"{{ApiKey.UnusedReason}}"}""";
                foreach (var id in retired)
                {
                    db.AuditEntries.Add(AuditEntry.Record(now, null, "system", nameof(ApiKey), id.ToString(), AuditAction.Modified, """{"revokedAt":null,"revokedReason":null}""", after, null));
                }

                await db.SaveChangesAsync(ct);
                return retired.Count;
            },
            cancellationToken);
    }
}
