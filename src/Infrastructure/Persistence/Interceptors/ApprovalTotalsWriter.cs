using InvestPromo.Application.Analysis;
using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace InvestPromo.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes the analysis' running totals (<see cref="ApprovalTotal"/>) that Application staged through
/// <see cref="IApprovalTotalsWriter"/> (<c>UpdateApprovalTotalsWhenApprovalChanges</c>, on <see cref="FilingApproved"/>,
/// <see cref="FilingApprovalEnded"/> and <see cref="FilingStageChanged"/>) inside the transaction of the SaveChanges that carries the filings' change: the handlers
/// run before the save (<see cref="DispatchDomainEventsInterceptor"/>, registered before this), this writes when the save
/// starts. Increments are single SQL statements (no read-modify-write, so concurrent approvals lose nothing), in a fixed key
/// order (so they cannot deadlock); a missing row is first inserted empty, race-free on each provider. With no transaction
/// open it opens one around the save, and commits or rolls it back with it. A failed save drops what was staged for it.
/// </summary>
public sealed class ApprovalTotalsWriter : SaveChangesInterceptor, IApprovalTotalsWriter
{
    private IDbContextTransaction? ownTransaction;

    /// <summary>The net change per total row staged for the coming save (rows whose changes cancel out are skipped).</summary>
    private readonly Dictionary<TotalKey, (int Count, long TotalFen, long FixedAssetFen)> staged = [];

    /// <summary>The deltas of the save in progress (or of the last one that failed), for the execution strategy's retry.</summary>
    private List<KeyValuePair<TotalKey, (int Count, long TotalFen, long FixedAssetFen)>> attempted = [];

    private readonly record struct TotalKey(ApprovalDimension Dimension, string Key, DateOnly Day);

    public void Add(ApprovalFacts facts) => Stage(facts, +1);

    public void Remove(ApprovalFacts facts) => Stage(facts, -1);

    private void Stage(ApprovalFacts facts, int sign)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var day = facts.ApprovedOn ?? ApprovalTotal.NoDay;
        foreach (var (dimension, key) in ApprovalTotal.KeysOf(facts.UnitId, facts.IndustryChainId, facts.SourceRegionCode, facts.ScaleBand, facts.Stage))
        {
            var totalKey = new TotalKey(dimension, key, ApprovalTotal.DayFor(dimension, day));
            var (count, total, fixedAssets) = staged.GetValueOrDefault(totalKey);
            staged[totalKey] = (count + sign, total + (sign * facts.PlannedTotalFen), fixedAssets + (sign * facts.PlannedFixedAssetFen));
        }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // A retried save (ApplicationDbContext.RetryingSave) finds the events that staged its deltas already handled: it applies
        // the failed attempt's deltas again (that attempt's transaction was rolled back).
        if (eventData.Context is ApplicationDbContext { RetryingSave: true })
        {
            foreach (var (key, (count, totalFen, fixedAssetFen)) in attempted)
            {
                var (c, t, f) = staged.GetValueOrDefault(key);
                staged[key] = (c + count, t + totalFen, f + fixedAssetFen);
            }
        }

        var deltas = staged.Where(d => d.Value != default).ToList();
        staged.Clear();
        attempted = deltas;
        if (ownTransaction is not null && !ReferenceEquals(ownTransaction, eventData.Context?.Database.CurrentTransaction))
        {
            ownTransaction = null; // an attempt that failed before EF's failure callback; ApplicationDbContext dropped it
        }

        if (eventData.Context is { } context && deltas.Count > 0)
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

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        attempted = [];
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
        staged.Clear(); // staged for the save that failed (a handler before this one may have thrown before the save started)
        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await DatabaseFaults.ForgetAsync(transaction);
        }
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
