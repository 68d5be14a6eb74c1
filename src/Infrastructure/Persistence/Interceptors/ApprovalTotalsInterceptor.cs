using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace InvestPromo.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Keeps <see cref="ApprovalTotal"/> in step with the filings, in the same transaction as the change: whenever a save moves a
/// filing into the counted set (an approval), out of it (a revocation, an upheld objection) or changes a counted filing's
/// analysed values, the totals of its old values go down and those of its new values go up. Increments are single SQL
/// statements (no read-modify-write, so concurrent approvals lose nothing), in a fixed key order (so they cannot deadlock);
/// a missing row is first inserted empty, race-free on each provider. With no transaction open the interceptor opens one
/// around the save, and commits or rolls it back with it.
/// </summary>
public sealed class ApprovalTotalsInterceptor : SaveChangesInterceptor
{
    private IDbContextTransaction? ownTransaction;

    private readonly record struct Fact(Guid UnitId, Guid? ChainId, string? Region, ScaleBand? Band, ProjectStage? Stage, DateOnly? ApprovedOn, long TotalFen, long FixedAssetFen);

    private readonly record struct TotalKey(ApprovalDimension Dimension, string Key, DateOnly Day);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var deltas = Deltas(context.ChangeTracker);
            if (deltas.Count > 0)
            {
                if (context.Database.CurrentTransaction is null)
                {
                    ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
                }

                try
                {
                    foreach (var (key, (count, totalFen, fixedAssetFen)) in deltas.OrderBy(d => d.Key.Dimension).ThenBy(d => d.Key.Key, StringComparer.Ordinal).ThenBy(d => d.Key.Day))
                    {
                        await context.Database.ExecuteSqlRawAsync(EnsureRowSql(context.Database.ProviderName), [key.Dimension.ToString(), key.Key, key.Day], cancellationToken);
                        await context.Set<ApprovalTotal>()
                            .Where(t => t.Dimension == key.Dimension && t.Key == key.Key && t.Day == key.Day)
                            .ExecuteUpdateAsync(
                                s => s.SetProperty(t => t.Count, t => t.Count + count)
                                    .SetProperty(t => t.TotalFen, t => t.TotalFen + totalFen)
                                    .SetProperty(t => t.FixedAssetFen, t => t.FixedAssetFen + fixedAssetFen),
                                cancellationToken);
                    }
                }
                catch
                {
                    await RollBackAsync();
                    throw;
                }
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        await RollBackAsync();
        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        await RollBackAsync();
        await base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    private async Task RollBackAsync()
    {
        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
        }
    }

    /// <summary>The net change per total row of the filings this save changes (rows whose changes cancel out are left out).</summary>
    private static Dictionary<TotalKey, (int Count, long TotalFen, long FixedAssetFen)> Deltas(ChangeTracker tracker)
    {
        var deltas = new Dictionary<TotalKey, (int Count, long TotalFen, long FixedAssetFen)>();
        void Add(Fact fact, int sign)
        {
            var day = fact.ApprovedOn ?? ApprovalTotal.NoDay;
            foreach (var (dimension, key) in ApprovalTotal.KeysOf(fact.UnitId, fact.ChainId, fact.Region, fact.Band, fact.Stage))
            {
                var totalKey = new TotalKey(dimension, key, day);
                var (count, total, fixedAssets) = deltas.GetValueOrDefault(totalKey);
                deltas[totalKey] = (count + sign, total + (sign * fact.TotalFen), fixedAssets + (sign * fact.FixedAssetFen));
            }
        }

        foreach (var entry in tracker.Entries<Filing>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && Original(entry) is { } before)
            {
                Add(before, -1);
            }

            if (entry.State is EntityState.Added or EntityState.Modified && Current(entry) is { } after)
            {
                Add(after, +1);
            }
        }

        foreach (var key in deltas.Where(d => d.Value == default).Select(d => d.Key).ToList())
        {
            deltas.Remove(key);
        }

        return deltas;
    }

    private static Fact? Current(EntityEntry<Filing> entry)
    {
        var f = entry.Entity;
        return ApprovalTotal.Counts(f.Status, f.IsDeleted)
            ? new Fact(f.UnitId, f.IndustryChainId, f.SourceRegionCode, f.ScaleBand, f.Stage, f.ApprovedOn, f.PlannedTotalFen ?? 0, f.PlannedFixedAssetFen ?? 0)
            : null;
    }

    private static Fact? Original(EntityEntry<Filing> entry)
    {
        T Was<T>(string property) => (T)entry.Property(property).OriginalValue!;
        T? WasOrNull<T>(string property) => entry.Property(property).OriginalValue is T value ? value : default;
        return ApprovalTotal.Counts(Was<FilingStatus>(nameof(Filing.Status)), Was<bool>(nameof(Filing.IsDeleted)))
            ? new Fact(
                Was<Guid>(nameof(Filing.UnitId)),
                WasOrNull<Guid?>(nameof(Filing.IndustryChainId)),
                WasOrNull<string>(nameof(Filing.SourceRegionCode)),
                WasOrNull<ScaleBand?>(nameof(Filing.ScaleBand)),
                WasOrNull<ProjectStage?>(nameof(Filing.Stage)),
                WasOrNull<DateOnly?>(nameof(Filing.ApprovedOn)),
                WasOrNull<long?>(nameof(Filing.PlannedTotalFen)) ?? 0,
                WasOrNull<long?>(nameof(Filing.PlannedFixedAssetFen)) ?? 0)
            : null;
    }

    /// <summary>Inserts the empty row unless it is there; two savers inserting the same new row at once cannot both fail.</summary>
    private static string EnsureRowSql(string? provider) => provider switch
    {
        "Microsoft.EntityFrameworkCore.SqlServer" =>
            """
            INSERT INTO [ApprovalTotals] ([Dimension], [Key], [Day], [Count], [TotalFen], [FixedAssetFen])
            SELECT {0}, {1}, {2}, 0, 0, 0
            WHERE NOT EXISTS (SELECT 1 FROM [ApprovalTotals] WITH (UPDLOCK, HOLDLOCK) WHERE [Dimension] = {0} AND [Key] = {1} AND [Day] = {2})
            """,
        // PostgreSQL and SQLite (3.24+) share the upsert syntax.
        _ =>
            """
            INSERT INTO "ApprovalTotals" ("Dimension", "Key", "Day", "Count", "TotalFen", "FixedAssetFen")
            VALUES ({0}, {1}, {2}, 0, 0, 0)
            ON CONFLICT DO NOTHING
            """,
    };
}
