using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Time;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Publications;

/// <summary>
/// Publishes one completed week, shared by the manual command and the job. Idempotent: a week already published
/// answers the existing publication (Created false). A week without approvals answers no publication and consumes no number.
/// </summary>
internal static class WeekPublisher
{
    public static async Task<(Publication? Publication, bool Created)> PublishAsync(
        IApplicationDbContext db,
        IWorkingCalendar calendar,
        PublicationOptions options,
        DateOnly weekStart,
        DateTimeOffset now,
        Guid? by,
        CancellationToken ct)
    {
        var existing = await FindAsync(db, weekStart, ct);
        if (existing is not null)
        {
            return (existing, false);
        }

        var from = PublicationWeek.StartInstant(weekStart);
        var to = PublicationWeek.EndInstant(weekStart);

        // One query: the week's approvals (still approved now: a revoked one is Revoked) with the names they show.
        var rows = await db.Filings.AsNoTracking()
            .Where(f => f.Status == FilingStatus.Approved && f.DecidedAt >= from && f.DecidedAt < to)
            .Select(f => new
            {
                f.Id,
                f.DecidedAt,
                f.ProjectName,
                f.InvestorName,
                f.PlannedTotalInvestment,
                f.Stage,
                UnitName = db.Units.IgnoreQueryFilters().Where(u => u.Id == f.UnitId).Select(u => u.Name).FirstOrDefault(),
                ChainName = db.IndustryChains.IgnoreQueryFilters().Where(c => c.Id == f.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
                RegionName = db.SourceRegions.IgnoreQueryFilters().Where(r => r.Code == f.SourceRegionCode).Select(r => r.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return (null, false);
        }

        var entries = rows
            .OrderBy(r => r.DecidedAt).ThenBy(r => r.Id)
            .Select(r => new PublicationEntryData(
                r.Id, r.DecidedAt!.Value, r.ProjectName ?? string.Empty, r.InvestorName ?? string.Empty, r.UnitName ?? string.Empty,
                r.ChainName, r.RegionName, r.PlannedTotalInvestment ?? 0m, r.Stage ?? default))
            .ToList();

        var highest = await db.Publications.IgnoreQueryFilters().Where(p => p.Year == weekStart.Year).MaxAsync(p => (int?)p.Number, ct);
        var publishedOn = ChinaDates.DateOf(now);
        var endsOn = await calendar.AddWorkingDaysAsync(publishedOn, options.PublicityWorkingDays, ct);
        var publication = Publication.Publish(weekStart, Publication.NextNumber(highest), entries, now, options.PublicityWorkingDays, endsOn, by);
        db.Publications.Add(publication);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else published the week at the same moment: the unique week answers with theirs.
            db.Entry(publication).State = EntityState.Detached;
            foreach (var entry in publication.Entries)
            {
                db.Entry(entry).State = EntityState.Detached;
            }

            return (await FindAsync(db, weekStart, ct) ?? throw new InvalidOperationException("The publication could not be saved."), false);
        }

        return (publication, true);
    }

    private static Task<Publication?> FindAsync(IApplicationDbContext db, DateOnly weekStart, CancellationToken ct) =>
        db.Publications.AsNoTracking().Include(p => p.Entries).SingleOrDefaultAsync(p => p.WeekStart == weekStart, ct);
}
