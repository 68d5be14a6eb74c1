using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Filings.Duplicates;

/// <summary>
/// A filing's key fields, to show two suspected duplicates side by side. Deliberately without contact names and phones:
/// the other filing may belong to another unit.
/// </summary>
public sealed record DuplicateFilingDto(
    Guid FilingId,
    string? ProjectName,
    string? InvestorName,
    string? CreditCode,
    Guid UnitId,
    string UnitName,
    Guid? IndustryChainId,
    string? IndustryChainName,
    string? SourceRegionCode,
    string? SourceRegionName,
    decimal? PlannedTotalInvestment,
    ProjectStage? Stage,
    FilingStatus Status,
    DateTimeOffset? SubmittedAt);

/// <summary>Another live filing that looks like the same project, and why.</summary>
public sealed record SuspectedDuplicateDto(
    Guid FilingId,
    string? ProjectName,
    string? InvestorName,
    string? CreditCode,
    Guid UnitId,
    string UnitName,
    Guid? IndustryChainId,
    string? IndustryChainName,
    string? SourceRegionCode,
    string? SourceRegionName,
    decimal? PlannedTotalInvestment,
    ProjectStage? Stage,
    FilingStatus Status,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<DuplicateReason> Reasons);

/// <summary>A filing and its suspected duplicates, for the reviewer's side-by-side view.</summary>
public sealed record FilingDuplicatesDto(DuplicateFilingDto Filing, IReadOnlyList<SuspectedDuplicateDto> SuspectedDuplicates);

/// <summary>
/// Finds the live filings (under review or approved) that look like the same project as a filing (DOMAIN.md §1), set-based:
/// one query on the indexed credit code, one on the indexed normalised name (the investor, chain, region and amount
/// conditions are then checked on the few rows with that name), one for the rows' display fields. Dismissed pairs and the
/// filing itself are excluded in SQL.
/// </summary>
public static class SuspectedDuplicates
{
    public static async Task<IReadOnlyList<SuspectedDuplicateDto>> FindSuspectedDuplicatesAsync(this IApplicationDbContext db, Filing filing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filing);
        var id = filing.Id;
        var others = db.Filings.AsNoTracking()
            .Where(f => f.Id != id && (f.Status == FilingStatus.UnderReview || f.Status == FilingStatus.Approved))
            .Where(f => !db.DuplicateDismissals.Any(d => (d.FilingId == id && d.OtherFilingId == f.Id) || (d.FilingId == f.Id && d.OtherFilingId == id)));
        var reasons = new Dictionary<Guid, SortedSet<DuplicateReason>>();
        void Add(Guid other, DuplicateReason reason)
        {
            if (!reasons.TryGetValue(other, out var set))
            {
                reasons[other] = set = [];
            }

            set.Add(reason);
        }

        if (filing.CreditCode is { } code)
        {
            foreach (var other in await others.Where(f => f.CreditCode == code).Select(f => f.Id).ToListAsync(ct))
            {
                Add(other, DuplicateReason.SameCreditCode);
            }
        }

        if (filing.NormalisedProjectName is { } name)
        {
            var sameName = await others.Where(f => f.NormalisedProjectName == name)
                .Select(f => new { f.Id, f.NormalisedInvestorName, f.IndustryChainId, f.SourceRegionCode, f.PlannedTotalFen })
                .ToListAsync(ct);
            foreach (var other in sameName)
            {
                if (filing.NormalisedInvestorName is not null && other.NormalisedInvestorName == filing.NormalisedInvestorName)
                {
                    Add(other.Id, DuplicateReason.SameNameSameInvestor);
                }

                if (filing.IndustryChainId is not null && other.IndustryChainId == filing.IndustryChainId
                    && filing.SourceRegionCode is not null && other.SourceRegionCode == filing.SourceRegionCode
                    && filing.PlannedTotalFen is { } fen && other.PlannedTotalFen is { } otherFen && DuplicateRules.AmountsClose(fen, otherFen))
                {
                    Add(other.Id, DuplicateReason.SameNameSameChainRegionAmount);
                }
            }
        }

        if (reasons.Count == 0)
        {
            return [];
        }

        var ids = reasons.Keys.ToList();
        var rows = await db.Filings.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDuplicateFields(db).ToListAsync(ct);
        return rows
            .Select(r => new SuspectedDuplicateDto(
                r.FilingId, r.ProjectName, r.InvestorName, r.CreditCode, r.UnitId, r.UnitName, r.IndustryChainId, r.IndustryChainName,
                r.SourceRegionCode, r.SourceRegionName, r.PlannedTotalInvestment, r.Stage, r.Status, r.SubmittedAt, [.. reasons[r.FilingId]]))
            .OrderByDescending(d => d.Reasons.Count)
            .ThenBy(d => d.SubmittedAt)
            .ThenBy(d => d.FilingId)
            .ToList();
    }

    /// <summary>The side-by-side fields, with the unit, chain and region names looked up in the same query.</summary>
    public static IQueryable<DuplicateFilingDto> ToDuplicateFields(this IQueryable<Filing> filings, IApplicationDbContext db) =>
        filings.Select(f => new DuplicateFilingDto(
            f.Id,
            f.ProjectName,
            f.InvestorName,
            f.CreditCode,
            f.UnitId,
            db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
            f.IndustryChainId,
            db.IndustryChains.Where(c => c.Id == f.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
            f.SourceRegionCode,
            db.SourceRegions.Where(r => r.Code == f.SourceRegionCode).Select(r => r.Name).FirstOrDefault(),
            f.PlannedTotalInvestment,
            f.Stage,
            f.Status,
            f.SubmittedAt));
}
