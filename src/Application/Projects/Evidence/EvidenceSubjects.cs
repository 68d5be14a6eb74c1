using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Evidence;

/// <summary>
/// For each kind of evidence subject, whether a subject of that id exists on that project (a milestone, a report, a revisit …):
/// evidence is only attached to something real. One line per subject kind, added by the feature that owns it; a kind without a
/// line is refused (400 on "subjectKind").
/// </summary>
public static class EvidenceSubjects
{
    public delegate Task<bool> Exists(IApplicationDbContext db, Guid projectId, Guid subjectId, CancellationToken ct);

    public static readonly IReadOnlyDictionary<EvidenceSubject, Exists> All = new Dictionary<EvidenceSubject, Exists>
    {
        [EvidenceSubject.Revisit] = (db, projectId, id, ct) => db.ProjectRevisits.AnyAsync(r => r.ProjectId == projectId && r.Id == id, ct),
        [EvidenceSubject.Problem] = (db, projectId, id, ct) => db.ProjectProblems.AnyAsync(p => p.ProjectId == projectId && p.Id == id, ct),
        // [EvidenceSubject.Milestone] = (db, projectId, id, ct) => db.ProjectMilestones.AnyAsync(m => m.ProjectId == projectId && m.Id == id, ct),
        [EvidenceSubject.FundsReport] = (db, projectId, id, ct) =>
            db.MonthlyReports.AnyAsync(r => r.ProjectId == projectId && r.Id == id && r.Kind == MonthlyReportKind.FundsInPlace, ct),
        [EvidenceSubject.InvestmentReport] = (db, projectId, id, ct) =>
            db.MonthlyReports.AnyAsync(r => r.ProjectId == projectId && r.Id == id && r.Kind == MonthlyReportKind.FixedAssetInvestment, ct),
        [EvidenceSubject.Milestone] = (db, projectId, id, ct) => db.ProjectMilestones.AnyAsync(m => m.ProjectId == projectId && m.Id == id, ct),
    };
}
