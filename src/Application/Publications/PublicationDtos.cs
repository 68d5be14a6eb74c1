using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Publications;

/// <summary>A publication without its entries (lists). Public: nothing here names a person.</summary>
public sealed record PublicationSummaryDto(
    Guid Id,
    int Year,
    int Number,
    string Label,
    DateOnly WeekStart,
    DateOnly WeekEnd,
    DateTimeOffset PublishedAt,
    DateOnly PublishedOn,
    int PublicityWorkingDays,
    DateOnly PublicityEndsOn,
    int EntryCount);

/// <summary>Where a published project stands now, as the public sees it.</summary>
public enum PublicationEntryStatus
{
    /// <summary>公示中/无异议: listed, no objection (or none yet).</summary>
    Listed = 1,

    /// <summary>复核中: an objection is being re-reviewed.</summary>
    UnderReReview = 2,

    /// <summary>异议不成立: objections were dismissed; the approval stands.</summary>
    ObjectionDismissed = 3,

    /// <summary>已撤销备案: the approval was revoked (an upheld objection, or a reviewer's revocation).</summary>
    Revoked = 4,

    /// <summary>退回修改: an upheld objection returned the filing to its unit for correction.</summary>
    Returned = 5,
}

/// <summary>
/// One project as published: only public fields (no contact people, phones, credit codes, attachments or user ids).
/// <c>Id</c> is the entry's own id (objections name it). <c>Status</c> is live: re-review, dismissal, revocation.
/// </summary>
public sealed record PublicationEntryDto(
    Guid Id,
    int Position,
    string ProjectName,
    string InvestorName,
    string UnitName,
    string? IndustryChainName,
    string? SourceRegionName,
    decimal PlannedTotalInvestment,
    ProjectStage Stage,
    PublicationEntryStatus Status);

/// <summary>A publication with its entries, in list order.</summary>
public sealed record PublicationDto(
    Guid Id,
    int Year,
    int Number,
    string Label,
    DateOnly WeekStart,
    DateOnly WeekEnd,
    DateTimeOffset PublishedAt,
    DateOnly PublishedOn,
    int PublicityWorkingDays,
    DateOnly PublicityEndsOn,
    int EntryCount,
    bool AcceptsObjections,
    IReadOnlyList<PublicationEntryDto> Entries);

public static class PublicationMapping
{
    /// <summary>
    /// The publication with each entry's live status (two queries: the objections' outcomes per entry, and the entries whose
    /// filing has been revoked since) and whether objections are accepted at <paramref name="now"/>.
    /// </summary>
    public static async Task<PublicationDto> ToDtoAsync(this Publication p, IApplicationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(db);
        var outcomes = await db.Objections.AsNoTracking()
            .Where(o => o.PublicationId == p.Id)
            .GroupBy(o => new { o.EntryId, o.Status, o.Remedy })
            .Select(g => new { g.Key.EntryId, g.Key.Status, g.Key.Remedy })
            .ToListAsync(ct);
        var revokedFilings = await db.PublicationEntries.AsNoTracking()
            .Where(e => e.PublicationId == p.Id)
            .Join(db.Filings.IgnoreQueryFilters().Where(f => f.Status == FilingStatus.Revoked), e => e.FilingId, f => f.Id, (e, f) => e.Id)
            .ToListAsync(ct);
        var revoked = revokedFilings.ToHashSet();
        var byEntry = outcomes.ToLookup(o => o.EntryId);

        PublicationEntryStatus StatusOf(Guid entryId)
        {
            var entryOutcomes = byEntry[entryId].ToList();
            if (entryOutcomes.Any(o => o.Status == ObjectionStatus.Pending))
            {
                return PublicationEntryStatus.UnderReReview;
            }

            if (entryOutcomes.FirstOrDefault(o => o.Status == ObjectionStatus.Upheld) is { } upheld)
            {
                return upheld.Remedy == ObjectionRemedy.Return ? PublicationEntryStatus.Returned : PublicationEntryStatus.Revoked;
            }

            if (revoked.Contains(entryId))
            {
                return PublicationEntryStatus.Revoked;
            }

            return entryOutcomes.Count > 0 ? PublicationEntryStatus.ObjectionDismissed : PublicationEntryStatus.Listed;
        }

        return new PublicationDto(
            p.Id, p.Year, p.Number, p.Label, p.WeekStart, p.WeekEnd, p.PublishedAt, p.PublishedOn, p.PublicityWorkingDays, p.PublicityEndsOn,
            p.EntryCount, now >= p.PublishedAt && p.IsInPublicity(now),
            [.. p.Entries.Select(e => new PublicationEntryDto( // Entries are in position order
                e.Id, e.Position, e.ProjectName, e.InvestorName, e.UnitName, e.IndustryChainName, e.SourceRegionName, e.PlannedTotalInvestment, e.Stage, StatusOf(e.Id)))]);
    }
}
