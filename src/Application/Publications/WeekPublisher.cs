using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;

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

        // The week's approvals (still approved now: a revoked one is Revoked). The names they show come from the three small
        // reference tables (deleted rows included), looked up here: a sub-select per row in SQL cost more than reading the
        // filings themselves at 10,000 approvals (build/bench).
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
                f.UnitId,
                f.IndustryChainId,
                f.SourceRegionCode,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return (null, false);
        }

        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var chains = await db.IndustryChains.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var regions = await db.SourceRegions.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct);
        var entries = rows
            .OrderBy(r => r.DecidedAt).ThenBy(r => r.Id)
            .Select(r => new PublicationEntryData(
                r.Id, r.DecidedAt!.Value, r.ProjectName ?? string.Empty, r.InvestorName ?? string.Empty, units.GetValueOrDefault(r.UnitId) ?? string.Empty,
                r.IndustryChainId is { } chain ? chains.GetValueOrDefault(chain) : null,
                r.SourceRegionCode is { } region ? regions.GetValueOrDefault(region) : null,
                r.PlannedTotalInvestment ?? 0m, r.Stage ?? default))
            .ToList();

        var highest = await db.Publications.IgnoreQueryFilters().Where(p => p.Year == weekStart.Year).MaxAsync(p => (int?)p.Number, ct);
        var publishedOn = ChinaTime.DateOf(now);
        var endsOn = await calendar.AddWorkingDaysAsync(publishedOn, options.PublicityWorkingDays, ct);
        var publication = Publication.Publish(weekStart, Publication.NextNumber(highest), entries, now, options.PublicityWorkingDays, endsOn, by);
        db.Publications.Add(publication);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else published the week at the same moment: the unique week answers with theirs (and its event was theirs).
            Webhooks.WebhookOutbox.ForgetUnsaved(db);
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
