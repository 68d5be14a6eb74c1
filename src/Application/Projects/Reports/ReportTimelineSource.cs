using InvestPromo.Application.Projects.Timeline;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports;

/// <summary>The project's monthly reports on its timeline: one line per revision ("fundsReport" / "investmentReport"), one query.</summary>
public sealed class ReportTimelineSource(IApplicationDbContext db) : IProjectTimelineSource
{
    public async Task<IReadOnlyList<ProjectTimelineEntryDto>> ReadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var rows = await db.MonthlyReports.AsNoTracking().Where(r => r.ProjectId == projectId)
            .Select(r => new { r.Id, r.Kind, r.Year, r.Month, r.PeriodStart, r.SubmittedAt, r.Revision, r.Status, r.AmountFen, r.SubmittedByName, r.RejectionReason, r.Note })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ProjectTimelineEntryDto(
                r.Kind == MonthlyReportKind.FundsInPlace ? "fundsReport" : "investmentReport",
                r.Id,
                r.PeriodStart,
                r.SubmittedAt,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(r.Kind == MonthlyReportKind.FundsInPlace ? "实际到位资金" : "实际完成固定资产投资")} {r.Year}年{r.Month}月{(r.Revision > 1 ? $"（第{r.Revision}版）" : string.Empty)}"),
                r.RejectionReason ?? r.Note,
                r.Status.ToString(),
                r.AmountFen / 100m,
                r.SubmittedByName))
            .ToList();
    }
}
