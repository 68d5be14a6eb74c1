using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards;

public sealed record RewardPolicyDto(
    Guid Id, string Name, DateOnly ValidFrom, DateOnly ValidTo, decimal ThresholdYuan, decimal Rate, IReadOnlyList<ProjectCategory> ExcludedCategories,
    decimal AnnualCapYuan, bool UsedByApprovedCalculation, int Version);

/// <summary>One association's total in a calculation: the eligible lines' sum, the cap reduction (≤ 0) and what is payable.</summary>
public sealed record RewardAssociationTotalDto(Guid? AssociationId, string? AssociationName, int Projects, int EligibleProjects, decimal Sum, decimal Reduction, decimal Payable);

public sealed record RewardCalculationDto(
    Guid Id, int Year, int Revision, RewardCalculationStatus Status, Guid? PolicyId, string? PolicyName, DateOnly? CountUntil, decimal? AnnualCapYuan,
    DateTimeOffset CalculatedAt, int LineCount, decimal TotalPayable, DateTimeOffset? SubmittedAt, string? ApprovedByName, DateTimeOffset? ApprovedAt,
    DateOnly? PaidOn, string? VoucherNumber, int Version);

public sealed record RewardCalculationDetailDto(RewardCalculationDto Calculation, IReadOnlyList<RewardAssociationTotalDto> Associations);

public sealed record RewardLineDto(
    Guid Id, Guid? AssociationId, string? AssociationName, Guid? ProjectId, string? ProjectName, ProjectCategory? Category, decimal CountedFunds,
    RewardOutcome Outcome, string ReasonCode, decimal Amount);

/// <summary>A line whose outcome or amount differs between the approved revision and this one (null side: no such line there).</summary>
public sealed record RewardDiffRowDto(
    Guid? AssociationId, string? AssociationName, Guid? ProjectId, string? ProjectName, RewardOutcome? BaseOutcome, decimal? BaseAmount,
    RewardOutcome? Outcome, decimal? Amount, decimal Change);

public sealed record RewardDiffDto(int? BaseRevision, int Revision, IReadOnlyList<RewardDiffRowDto> Rows);

public sealed record RewardImpactConfirmationDto(Guid Id, Guid ProjectId, int Year, string ConfirmedByName, DateTimeOffset ConfirmedAt);

public static class RewardMappings
{
    public static RewardPolicyDto ToDto(this RewardPolicy p, bool used) =>
        new(p.Id, p.Name, p.ValidFrom, p.ValidTo, p.ThresholdYuan, p.Rate, p.ExcludedCategories, p.AnnualCapYuan, used, p.Version);

    public static RewardCalculationDto ToDto(this RewardCalculation c, RewardPolicy? policy) =>
        new(c.Id, c.Year, c.Revision, c.Status, c.PolicyId, policy?.Name, c.CountUntil, policy?.AnnualCapYuan, c.CalculatedAt, c.LineCount, c.TotalPayable,
            c.SubmittedAt, c.ApprovedByName, c.ApprovedAt, c.PaidOn, c.VoucherNumber, c.Version);

    public static IQueryable<RewardLineDto> ProjectToDto(this IQueryable<RewardLine> lines) =>
        lines.Select(l => new RewardLineDto(l.Id, l.AssociationId, l.AssociationName, l.ProjectId, l.ProjectName, l.Category, l.CountedFunds, l.Outcome,
            l.Outcome == RewardOutcome.NoConfirmedCredit ? "reward.no-confirmed-credit"
            : l.Outcome == RewardOutcome.FundsOutsideValidity ? "reward.funds-outside-validity"
            : l.Outcome == RewardOutcome.ExcludedCategory ? "reward.excluded-category"
            : l.Outcome == RewardOutcome.BelowThreshold ? "reward.below-threshold"
            : l.Outcome == RewardOutcome.ImpactNotConfirmed ? "reward.impact-not-confirmed"
            : l.Outcome == RewardOutcome.Eligible ? "reward.eligible" : "reward.capped",
            l.Amount));

    /// <summary>Lines in their one order: association, then its projects by name, the cap reduction last.</summary>
    public static IOrderedQueryable<RewardLine> InOrder(this IQueryable<RewardLine> lines) =>
        lines.OrderBy(l => l.AssociationName).ThenBy(l => l.AssociationId).ThenBy(l => l.ProjectId == null).ThenBy(l => l.ProjectName).ThenBy(l => l.ProjectId);
}

/// <summary>Loading calculations for the use cases.</summary>
public static class RewardCalculations
{
    public static async Task<RewardCalculation> LoadAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        await db.RewardCalculations.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException(nameof(RewardCalculation), id);

    public static async Task<RewardCalculationDto> ToDtoAsync(this IApplicationDbContext db, RewardCalculation c, CancellationToken ct)
    {
        var policy = c.PolicyId is { } id ? await db.RewardPolicies.AsNoTracking().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        return c.ToDto(policy);
    }

    /// <summary>Per association: the eligible sum, the reduction and the payable amount, summed in SQL (fen).</summary>
    public static async Task<IReadOnlyList<RewardAssociationTotalDto>> AssociationTotalsAsync(
        this IApplicationDbContext db, Guid calculationId, Guid? associationId, CancellationToken ct)
    {
        var lines = db.RewardLines.AsNoTracking().Where(l => l.CalculationId == calculationId && l.AssociationId != null);
        if (associationId is { } only)
        {
            lines = lines.Where(l => l.AssociationId == only);
        }

        var rows = await lines.GroupBy(l => new { l.AssociationId, l.AssociationName })
            .Select(g => new
            {
                g.Key.AssociationId,
                g.Key.AssociationName,
                Projects = g.Count(l => l.ProjectId != null),
                Eligible = g.Count(l => l.Outcome == RewardOutcome.Eligible),
                SumFen = g.Sum(l => l.Outcome == RewardOutcome.Eligible ? l.AmountFen : 0L),
                ReductionFen = g.Sum(l => l.Outcome == RewardOutcome.CapReduction ? l.AmountFen : 0L),
            })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.SumFen).ThenBy(r => r.AssociationName, StringComparer.Ordinal)
            .Select(r => new RewardAssociationTotalDto(r.AssociationId, r.AssociationName, r.Projects, r.Eligible, r.SumFen / 100m, r.ReductionFen / 100m, (r.SumFen + r.ReductionFen) / 100m))];
    }
}
