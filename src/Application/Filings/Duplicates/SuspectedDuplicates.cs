using System.Linq.Expressions;
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
/// one query for the candidates on the indexed credit code or normalised name (the investor, chain, region and amount
/// conditions are then checked on those few rows), one for the rows' display fields. Dismissed pairs and the filing itself
/// are excluded in SQL.
/// </summary>
public static class SuspectedDuplicates
{
    /// <summary>What the rules compare.</summary>
    private sealed record DuplicateKey(
        Guid Id, string? CreditCode, string? NormalisedProjectName, string? NormalisedInvestorName, Guid? IndustryChainId, string? SourceRegionCode, long? PlannedTotalFen);

    private static readonly Expression<Func<Filing, DuplicateKey>> KeyOf = f =>
        new DuplicateKey(f.Id, f.CreditCode, f.NormalisedProjectName, f.NormalisedInvestorName, f.IndustryChainId, f.SourceRegionCode, f.PlannedTotalFen);

    private static readonly Func<Filing, DuplicateKey> KeyOfFiling = KeyOf.Compile();

    private static IQueryable<Filing> Live(IApplicationDbContext db) =>
        db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview || f.Status == FilingStatus.Approved);

    /// <summary>Why <paramref name="other"/> looks like the same project as <paramref name="subject"/>; empty when it does not. Symmetric.</summary>
    private static SortedSet<DuplicateReason> ReasonsBetween(DuplicateKey subject, DuplicateKey other)
    {
        var reasons = new SortedSet<DuplicateReason>();
        if (subject.CreditCode is not null && other.CreditCode == subject.CreditCode)
        {
            reasons.Add(DuplicateReason.SameCreditCode);
        }

        if (subject.NormalisedProjectName is null || other.NormalisedProjectName != subject.NormalisedProjectName)
        {
            return reasons;
        }

        if (subject.NormalisedInvestorName is not null && other.NormalisedInvestorName == subject.NormalisedInvestorName)
        {
            reasons.Add(DuplicateReason.SameNameSameInvestor);
        }

        if (subject.IndustryChainId is not null && other.IndustryChainId == subject.IndustryChainId
            && subject.SourceRegionCode is not null && other.SourceRegionCode == subject.SourceRegionCode
            && subject.PlannedTotalFen is { } fen && other.PlannedTotalFen is { } otherFen && DuplicateRules.AmountsClose(fen, otherFen))
        {
            reasons.Add(DuplicateReason.SameNameSameChainRegionAmount);
        }

        return reasons;
    }

    public static async Task<IReadOnlyList<SuspectedDuplicateDto>> FindSuspectedDuplicatesAsync(this IApplicationDbContext db, Filing filing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filing);
        var id = filing.Id;
        var code = filing.CreditCode;
        var name = filing.NormalisedProjectName;
        if (code is null && name is null)
        {
            return [];
        }

        var subject = KeyOfFiling(filing);
        var candidates = await Live(db)
            .Where(f => f.Id != id && ((code != null && f.CreditCode == code) || (name != null && f.NormalisedProjectName == name)))
            .Where(f => !db.DuplicateDismissals.Any(d => (d.FilingId == id && d.OtherFilingId == f.Id) || (d.FilingId == f.Id && d.OtherFilingId == id)))
            .Select(KeyOf)
            .ToListAsync(ct);
        var reasons = candidates.Select(c => (c.Id, Reasons: ReasonsBetween(subject, c))).Where(c => c.Reasons.Count > 0).ToDictionary(c => c.Id, c => c.Reasons);
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

    /// <summary>
    /// How many suspected duplicates each of these filings has (a page of the review queue): three queries whatever the
    /// page size — the page's keys, the live candidates sharing one of their credit codes or names, and the page's dismissals.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> CountSuspectedDuplicatesAsync(this IApplicationDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var subjects = await db.Filings.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(KeyOf).ToListAsync(ct);
        var codes = subjects.Select(s => s.CreditCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var names = subjects.Select(s => s.NormalisedProjectName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var candidates = await Live(db)
            .Where(f => codes.Contains(f.CreditCode!) || names.Contains(f.NormalisedProjectName!))
            .Select(KeyOf)
            .ToListAsync(ct);
        var dismissed = (await db.DuplicateDismissals.AsNoTracking()
                .Where(d => ids.Contains(d.FilingId) || ids.Contains(d.OtherFilingId))
                .Select(d => new { d.FilingId, d.OtherFilingId })
                .ToListAsync(ct))
            .Select(d => (d.FilingId, d.OtherFilingId))
            .ToHashSet();
        return subjects.ToDictionary(
            s => s.Id,
            s => candidates.Count(c => c.Id != s.Id && !dismissed.Contains(DuplicateDismissal.Ordered(s.Id, c.Id)) && ReasonsBetween(s, c).Count > 0));
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
