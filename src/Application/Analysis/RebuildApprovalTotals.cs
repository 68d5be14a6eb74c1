using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Application.Analysis;

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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var computed = await ComputeAsync(db, cancellationToken);
        var stored = await db.ApprovalTotals.AsNoTracking().Where(t => t.Count != 0).ToListAsync(cancellationToken);
        var differing = computed.Select(Row).ToHashSet();
        differing.SymmetricExceptWith(stored.Select(Row));
        if (differing.Count > 0)
        {
            await db.ApprovalTotals.ExecuteDeleteAsync(cancellationToken);
            db.ApprovalTotals.AddRange(computed);
            await db.SaveChangesAsync(cancellationToken);
            if (stored.Count > 0)
            {
                LogDrift(logger, differing.Count);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return differing.Count;
    }

    private static (ApprovalDimension, string, DateOnly, int, long, long) Row(ApprovalTotal t) => (t.Dimension, t.Key, t.Day, t.Count, t.TotalFen, t.FixedAssetFen);

    /// <summary>One GROUP BY per dimension over the counted filings.</summary>
    public static async Task<List<ApprovalTotal>> ComputeAsync(IApplicationDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counted = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.Approved || f.Status == FilingStatus.UnderReReview);
        var totals = new List<ApprovalTotal>();
        void Add(ApprovalDimension dimension, string key, DateOnly? day, int count, long totalFen, long fixedAssetFen) =>
            totals.Add(new ApprovalTotal(dimension, key, day ?? ApprovalTotal.NoDay, count, totalFen, fixedAssetFen));

        foreach (var g in await counted.GroupBy(f => new { f.ApprovedOn, f.IndustryChainId })
                     .Select(g => new { g.Key.ApprovedOn, g.Key.IndustryChainId, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                     .ToListAsync(ct))
        {
            Add(ApprovalDimension.IndustryChain, g.IndustryChainId?.ToString("D") ?? ApprovalTotal.NoKey, g.ApprovedOn, g.Count, g.Total, g.Fixed);
        }

        foreach (var g in await counted.GroupBy(f => new { f.ApprovedOn, f.SourceRegionCode })
                     .Select(g => new { g.Key.ApprovedOn, g.Key.SourceRegionCode, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                     .ToListAsync(ct))
        {
            Add(ApprovalDimension.SourceRegion, g.SourceRegionCode ?? ApprovalTotal.NoKey, g.ApprovedOn, g.Count, g.Total, g.Fixed);
        }

        foreach (var g in await counted.GroupBy(f => new { f.ApprovedOn, f.ScaleBand })
                     .Select(g => new { g.Key.ApprovedOn, g.Key.ScaleBand, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                     .ToListAsync(ct))
        {
            Add(ApprovalDimension.ScaleBand, g.ScaleBand?.ToString() ?? ApprovalTotal.NoKey, g.ApprovedOn, g.Count, g.Total, g.Fixed);
        }

        foreach (var g in await counted.GroupBy(f => new { f.ApprovedOn, f.Stage })
                     .Select(g => new { g.Key.ApprovedOn, g.Key.Stage, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                     .ToListAsync(ct))
        {
            Add(ApprovalDimension.Stage, g.Stage?.ToString() ?? ApprovalTotal.NoKey, g.ApprovedOn, g.Count, g.Total, g.Fixed);
        }

        foreach (var g in await counted.GroupBy(f => new { f.ApprovedOn, f.UnitId })
                     .Select(g => new { g.Key.ApprovedOn, g.Key.UnitId, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                     .ToListAsync(ct))
        {
            Add(ApprovalDimension.Unit, g.UnitId.ToString("D"), g.ApprovedOn, g.Count, g.Total, g.Fixed);
        }

        foreach (var g in await counted.GroupBy(f => f.ApprovedOn)
                     .Select(g => new { ApprovedOn = g.Key, Count = g.Count(), Total = g.Sum(f => f.PlannedTotalFen ?? 0), Fixed = g.Sum(f => f.PlannedFixedAssetFen ?? 0) })
                     .ToListAsync(ct))
        {
            Add(ApprovalDimension.Day, string.Empty, g.ApprovedOn, g.Count, g.Total, g.Fixed);
        }

        return totals;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The analysis totals had drifted from the filings ({Rows} rows differed); rebuilt.")]
    private static partial void LogDrift(ILogger logger, int rows);
}
