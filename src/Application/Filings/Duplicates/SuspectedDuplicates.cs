using System.Linq.Expressions;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Filings.Duplicates;

/// <summary>
/// A filing's key fields, to show two suspected duplicates side by side, and — for a suspected duplicate — why it looks like
/// the same project (<see cref="Reasons"/>, empty for the filing the duplicates are of). Deliberately without contact names
/// and phones: the other filing may belong to another unit.
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
    DateTimeOffset? SubmittedAt)
{
    /// <summary>The duplicate rules this filing matched; empty for the filing itself.</summary>
    public IReadOnlyList<DuplicateReason> Reasons { get; init; } = [];
}

/// <summary>
/// A filing and its suspected duplicates: side by side those the caller may read (<see cref="DuplicateNotices"/>), and for the
/// others (another unit's, for a filer) only a notice of the unit and the rules in <see cref="OtherUnitMatches"/>.
/// </summary>
public sealed record FilingDuplicatesDto(DuplicateFilingDto Filing, IReadOnlyList<DuplicateFilingDto> SuspectedDuplicates)
{
    /// <summary>Suspected duplicates the caller may not read: whose and on which rules only. Empty for reviewers and admins.</summary>
    public IReadOnlyList<DuplicateNoticeDto> OtherUnitMatches { get; init; } = [];
}

/// <summary>What the duplicate rules compare.</summary>
internal sealed record DuplicateKey(
    Guid Id, string? CreditCode, string? NormalisedProjectName, string? NormalisedInvestorName, Guid? IndustryChainId, string? SourceRegionCode, long? PlannedTotalFen);

/// <summary>
/// Finds the live filings (under review or approved) that look like the same project as a filing (DOMAIN.md §1), set-based:
/// one query for the candidates on the indexed credit code or normalised name (the investor, chain, region and amount
/// conditions are then checked on those few rows), one for the rows' display fields. Dismissed pairs and the filing itself
/// are excluded in SQL.
/// </summary>
public static class SuspectedDuplicates
{
    internal static readonly Expression<Func<Filing, DuplicateKey>> KeyOf = f =>
        new DuplicateKey(f.Id, f.CreditCode, f.NormalisedProjectName, f.NormalisedInvestorName, f.IndustryChainId, f.SourceRegionCode, f.PlannedTotalFen);

    private static readonly Func<Filing, DuplicateKey> KeyOfFiling = KeyOf.Compile();

    /// <summary>
    /// A filing's live look-alike candidates (same credit code or normalised name), minus dismissed pairs, each with its
    /// side-by-side fields: the few candidates that match no rule cost less than a second round trip for those that do.
    /// </summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, string?, string?, IAsyncEnumerable<Candidate>>> CandidatesOf = new(() => EF.CompileAsyncQuery(
        (DbContext c, Guid id, string? code, string? name) => c.Set<Filing>().AsNoTracking()
            .Where(f => f.Status == FilingStatus.UnderReview || f.Status == FilingStatus.Approved || f.Status == FilingStatus.UnderReReview)
            .Where(f => f.Id != id && ((code != null && f.CreditCode == code) || (name != null && f.NormalisedProjectName == name)))
            .Where(f => !c.Set<DuplicateDismissal>().Any(d => (d.FilingId == id && d.OtherFilingId == f.Id) || (d.FilingId == f.Id && d.OtherFilingId == id)))
            .Select(f => new Candidate(
                new DuplicateKey(f.Id, f.CreditCode, f.NormalisedProjectName, f.NormalisedInvestorName, f.IndustryChainId, f.SourceRegionCode, f.PlannedTotalFen),
                new DuplicateFilingDto(
                    f.Id,
                    f.ProjectName,
                    f.InvestorName,
                    f.CreditCode,
                    f.UnitId,
                    c.Set<CarrierUnit>().Where(u => u.Id == f.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                    f.IndustryChainId,
                    c.Set<IndustryChain>().Where(ic => ic.Id == f.IndustryChainId).Select(ic => ic.Name).FirstOrDefault(),
                    f.SourceRegionCode,
                    c.Set<SourceRegion>().Where(r => r.Code == f.SourceRegionCode).Select(r => r.Name).FirstOrDefault(),
                    f.PlannedTotalInvestment,
                    f.Stage,
                    f.Status,
                    f.SubmittedAt)))));

    private sealed record Candidate(DuplicateKey Key, DuplicateFilingDto Fields);

    /// <summary>
    /// The live filings sharing one of these credit codes or normalised names, each marked when it is in any dismissed pair
    /// (dismissals are rare: the pairs are read only when a marked candidate matches a rule).
    /// </summary>
    private static readonly CompiledQuery<Func<DbContext, List<string>, List<string>, IAsyncEnumerable<PageCandidate>>> CandidatesOfAny = new(() => EF.CompileAsyncQuery(
        (DbContext c, List<string> codes, List<string> names) => c.Set<Filing>().AsNoTracking()
            .Where(f => f.Status == FilingStatus.UnderReview || f.Status == FilingStatus.Approved || f.Status == FilingStatus.UnderReReview)
            .Where(f => codes.Contains(f.CreditCode!) || names.Contains(f.NormalisedProjectName!))
            .Select(f => new PageCandidate(
                new DuplicateKey(f.Id, f.CreditCode, f.NormalisedProjectName, f.NormalisedInvestorName, f.IndustryChainId, f.SourceRegionCode, f.PlannedTotalFen),
                c.Set<DuplicateDismissal>().Any(d => d.FilingId == f.Id || d.OtherFilingId == f.Id)))));

    private sealed record PageCandidate(DuplicateKey Key, bool InDismissedPair);

    /// <summary>The dismissed pairs involving any of these filings.</summary>
    private static readonly CompiledQuery<Func<DbContext, List<Guid>, IAsyncEnumerable<DismissedPair>>> DismissalsOf = new(() => EF.CompileAsyncQuery(
        (DbContext c, List<Guid> ids) => c.Set<DuplicateDismissal>().AsNoTracking()
            .Where(d => ids.Contains(d.FilingId) || ids.Contains(d.OtherFilingId))
            .Select(d => new DismissedPair(d.FilingId, d.OtherFilingId))));

    private sealed record DismissedPair(Guid FilingId, Guid OtherFilingId);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>A pair can match a rule only when it shares the credit code or the normalised name (checked without allocating).</summary>
    private static bool SharesCodeOrName(DuplicateKey subject, DuplicateKey other) =>
        (subject.CreditCode is not null && other.CreditCode == subject.CreditCode)
        || (subject.NormalisedProjectName is not null && other.NormalisedProjectName == subject.NormalisedProjectName);

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

    public static async Task<IReadOnlyList<DuplicateFilingDto>> FindSuspectedDuplicatesAsync(this IApplicationDbContext db, Filing filing, CancellationToken ct)
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
        var candidates = await ToListAsync(db.Run(CandidatesOf, (query, context) => query(context, id, code, name)), ct);
        return candidates
            .Select(c => (c.Fields, Reasons: ReasonsBetween(subject, c.Key)))
            .Where(c => c.Reasons.Count > 0)
            .Select(c => c.Fields with { Reasons = [.. c.Reasons] })
            .OrderByDescending(d => d.Reasons.Count)
            .ThenBy(d => d.SubmittedAt)
            .ThenBy(d => d.FilingId)
            .ToList();
    }

    /// <summary>
    /// How many suspected duplicates each of these filings has (a page of the review queue, whose keys the page query
    /// read): one query for the live candidates sharing one of their credit codes or names, and — only when a matching
    /// candidate is in some dismissed pair — one for the page's dismissals.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<Guid, int>> CountSuspectedDuplicatesAsync(this IApplicationDbContext db, IReadOnlyCollection<DuplicateKey> subjects, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subjects);
        var codes = subjects.Select(s => s.CreditCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var names = subjects.Select(s => s.NormalisedProjectName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0 && names.Count == 0)
        {
            return subjects.ToDictionary(s => s.Id, _ => 0);
        }

        var candidates = await ToListAsync(db.Run(CandidatesOfAny, (query, context) => query(context, codes, names)), ct);
        var pairs = subjects
            .SelectMany(s => candidates.Where(c => c.Key.Id != s.Id && SharesCodeOrName(s, c.Key) && ReasonsBetween(s, c.Key).Count > 0).Select(c => (Subject: s.Id, Other: c.Key.Id, c.InDismissedPair)))
            .ToList();
        var dismissed = new HashSet<(Guid, Guid)>();
        if (pairs.Any(p => p.InDismissedPair))
        {
            var ids = pairs.Select(p => p.Subject).Distinct().ToList();
            dismissed = (await ToListAsync(db.Run(DismissalsOf, (query, context) => query(context, ids)), ct)).Select(d => (d.FilingId, d.OtherFilingId)).ToHashSet();
        }

        var counts = subjects.ToDictionary(s => s.Id, _ => 0);
        foreach (var (subject, other, _) in pairs)
        {
            if (!dismissed.Contains(DuplicateDismissal.Ordered(subject, other)))
            {
                counts[subject]++;
            }
        }

        return counts;
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
