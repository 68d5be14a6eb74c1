using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards;

/// <summary>The calculation step shared by the command and the demo data.</summary>
public static class RewardLifecycle
{
    /// <summary>Recalculates the year's open revision, or starts the next one; writes its lines in bulk. The caller holds the transaction.</summary>
    public static async Task<RewardCalculation> CalculateAsync(
        IApplicationDbContext db, IRewardLineWriter writer, int year, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        var latest = await db.RewardCalculations.Where(c => c.Year == year).OrderByDescending(c => c.Revision).FirstOrDefaultAsync(ct);
        RewardCalculation calculation;
        if (latest is { Status: RewardCalculationStatus.Draft or RewardCalculationStatus.Submitted })
        {
            calculation = latest;
            if (calculation.Status == RewardCalculationStatus.Submitted)
            {
                calculation.Reopen();
            }
        }
        else
        {
            calculation = RewardCalculation.Start(year, latest, by, now);
            db.RewardCalculations.Add(calculation);
        }

        var result = await RewardCalculator.ComputeAsync(db, calculation.Id, year, ct);
        calculation.Recalculated(result.Governing?.Policy.Id, result.Governing?.CountUntil, result.Lines.Count, result.TotalPayableFen, now);
        await db.SaveChangesAsync(ct);
        await writer.ReplaceAsync(calculation.Id, result.Lines, ct);
        return calculation;
    }
}
