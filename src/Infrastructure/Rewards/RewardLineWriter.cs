using InvestPromo.Application.Rewards;
using InvestPromo.Domain.Rewards;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Rewards;

/// <summary>
/// Replaces a calculation's lines: one set-based delete, then inserts in chunks with change detection off, each chunk detached
/// once saved so the context never tracks the whole year. (A COPY-based writer on PostgreSQL is the next step if the benchmark asks.)
/// </summary>
internal sealed class RewardLineWriter(ApplicationDbContext db) : IRewardLineWriter
{
    private const int Chunk = 5_000;

    public async Task ReplaceAsync(Guid calculationId, IReadOnlyList<RewardLine> lines, CancellationToken ct)
    {
        await db.RewardLines.Where(l => l.CalculationId == calculationId).ExecuteDeleteAsync(ct);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var i = 0; i < lines.Count; i += Chunk)
            {
                var chunk = lines.Skip(i).Take(Chunk).ToList();
                db.RewardLines.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                foreach (var line in chunk)
                {
                    db.Entry(line).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
