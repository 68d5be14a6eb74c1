using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards;

/// <summary>
/// Writes a calculation's lines in bulk (no change tracking of each row): replaces a draft's lines whole. Implemented in
/// Infrastructure; runs in the caller's transaction.
/// </summary>
public interface IRewardLineWriter
{
    Task ReplaceAsync(Guid calculationId, IReadOnlyList<RewardLine> lines, CancellationToken ct);
}
