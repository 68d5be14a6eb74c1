using System.Linq.Expressions;
using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Application.Analysis.Commands.RebuildApprovalTotals;

/// <summary>
/// Recomputes the analysis' running totals (<see cref="ApprovalTotal"/>) from the filings, set-based, in one transaction, and
/// answers how many rows differed from what was stored (0 when they were in step). Run at start-up when the totals were never
/// built, by the nightly job as a self-check, and after loading filings behind the application's back (the benchmark's COPY).
/// </summary>
public sealed record RebuildApprovalTotalsCommand : ICommand<int>;

public sealed partial class RebuildApprovalTotalsHandler(IApplicationDbContext db, ILogger<RebuildApprovalTotalsHandler> logger) : ICommandHandler<RebuildApprovalTotalsCommand, int>
{
    public async ValueTask<int> Handle(RebuildApprovalTotalsCommand command, CancellationToken cancellationToken)
    {
        var (differing, drifted) = await db.InTransactionAsync(
            async ct =>
            {
                var computed = await ComputeAsync(db, ct);
                var stored = await db.ApprovalTotals.AsNoTracking().Where(t => t.Count != 0).ToListAsync(ct);
                var rows = computed.Select(Row).ToHashSet();
                rows.SymmetricExceptWith(stored.Select(Row));
                if (rows.Count > 0)
                {
                    await db.ApprovalTotals.ExecuteDeleteAsync(ct);
                    db.ApprovalTotals.AddRange(computed);
                    await db.SaveChangesAsync(ct);
                }

                return (rows.Count, rows.Count > 0 && stored.Count > 0);
            },
            cancellationToken);
        if (drifted)
        {
            LogDrift(logger, differing);
        }

        return differing;
    }

    private static (ApprovalDimension, string, DateOnly, int, long, long) Row(ApprovalTotal t) => (t.Dimension, t.Key, t.Day, t.Count, t.TotalFen, t.FixedAssetFen);

    /// <summary>One GROUP BY per dimension over the counted filings.</summary>
    public static async Task<List<ApprovalTotal>> ComputeAsync(IApplicationDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counted = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.Approved || f.Status == FilingStatus.UnderReReview);
        var totals = new List<ApprovalTotal>();
        async Task AddAsync<TKey>(ApprovalDimension dimension, Expression<Func<Filing, TKey>> key, Func<TKey, string> format)
        {
            var rows = await counted.GroupBy(WithDay(key))
                .Select(g => new { g.Key.Day, g.Key.Key, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                .ToListAsync(ct);
            totals.AddRange(rows.Select(r => new ApprovalTotal(dimension, format(r.Key), r.Day ?? ApprovalTotal.NoDay, r.Count, r.Total, r.Fixed)));
        }

        await AddAsync(ApprovalDimension.IndustryChain, f => f.IndustryChainId, id => id?.ToString("D") ?? ApprovalTotal.NoKey);
        await AddAsync(ApprovalDimension.SourceRegion, f => f.SourceRegionCode, code => code ?? ApprovalTotal.NoKey);
        // The month rows are the daily rows added up (in memory: no month arithmetic in SQL on three providers).
        totals.AddRange(totals.Where(t => t.Dimension == ApprovalDimension.SourceRegion)
            .GroupBy(t => (t.Key, Day: ApprovalTotal.DayFor(ApprovalDimension.RegionByMonth, t.Day)))
            .Select(g => new ApprovalTotal(ApprovalDimension.RegionByMonth, g.Key.Key, g.Key.Day, g.Sum(t => t.Count), g.Sum(t => t.TotalFen), g.Sum(t => t.FixedAssetFen)))
            .ToList());
        await AddAsync(ApprovalDimension.ScaleBand, f => f.ScaleBand, band => band?.ToString() ?? ApprovalTotal.NoKey);
        await AddAsync(ApprovalDimension.Stage, f => f.Stage, stage => stage?.ToString() ?? ApprovalTotal.NoKey);
        await AddAsync(ApprovalDimension.Unit, f => f.UnitId, id => id.ToString("D"));
        await AddAsync(ApprovalDimension.Day, f => 0, _ => string.Empty);
        return totals;
    }

    /// <summary>A grouping key of the approval date and one dimension's value.</summary>
    public sealed class DayKey<TKey>
    {
        public DateOnly? Day { get; init; }

        public TKey Key { get; init; } = default!;
    }

    /// <summary><c>f => new DayKey { Day = f.ApprovedOn, Key = key(f) }</c>, as an expression EF can translate.</summary>
    private static Expression<Func<Filing, DayKey<TKey>>> WithDay<TKey>(Expression<Func<Filing, TKey>> key)
    {
        var filing = key.Parameters[0];
        var type = typeof(DayKey<TKey>);
        return Expression.Lambda<Func<Filing, DayKey<TKey>>>(
            Expression.MemberInit(
                Expression.New(type),
                Expression.Bind(type.GetProperty(nameof(DayKey<TKey>.Day))!, Expression.Property(filing, nameof(Filing.ApprovedOn))),
                Expression.Bind(type.GetProperty(nameof(DayKey<TKey>.Key))!, key.Body)),
            filing);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The analysis totals had drifted from the filings ({Rows} rows differed); rebuilt.")]
    private static partial void LogDrift(ILogger logger, int rows);
}
