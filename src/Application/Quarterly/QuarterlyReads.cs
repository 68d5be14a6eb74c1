using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Quarterly;

namespace InvestPromo.Application.Quarterly;

/// <summary>The reads the quarterly reports' queries share: a report by quarter and revision (latest by default), scoped to the caller.</summary>
public static class QuarterlyReads
{
    /// <summary>The quarter's report of that revision, or its latest; 404 when the quarter has none.</summary>
    public static async Task<QuarterlyReport> FindAsync(IApplicationDbContext db, int year, int quarter, int? revision, CancellationToken ct)
    {
        var reports = db.QuarterlyReports.AsNoTracking().Where(r => r.Year == year && r.Quarter == quarter);
        if (revision is { } wanted)
        {
            reports = reports.Where(r => r.Revision == wanted);
        }

        return await reports.OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(QuarterlyReport), $"{year}-Q{quarter}" + (revision is null ? string.Empty : $" r{revision}"));
    }

    /// <summary>Whether the caller sees every unit (center staff and leaders); a filer sees its own unit's line only.</summary>
    public static bool SeesAllUnits(ICurrentUser user) => !user.IsInRole(Roles.Filer);

    /// <summary>The report as the caller may see it: a filer its own unit's line only, without the city's totals and the associations.</summary>
    public static async Task<QuarterlyReportDto> ToDtoAsync(IApplicationDbContext db, ICurrentUser user, QuarterlyReport report, CancellationToken ct)
    {
        var content = QuarterlyReportContent.Deserialize(report.Content);
        var revisions = await db.QuarterlyReports.AsNoTracking().Where(r => r.Year == report.Year && r.Quarter == report.Quarter)
            .OrderBy(r => r.Revision).Select(r => r.Revision).ToListAsync(ct);
        if (SeesAllUnits(user))
        {
            return new QuarterlyReportDto(report.ToSummary(), revisions, report.TolerancePoints, content.Weights, content.Units, content.City, content.Associations);
        }

        var own = user.UnitId ?? Guid.Empty;
        return new QuarterlyReportDto(
            report.ToSummary(), revisions, report.TolerancePoints, content.Weights, [.. content.Units.Where(u => u.UnitId == own)], [], []);
    }
}
