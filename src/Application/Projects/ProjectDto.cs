using System.Linq.Expressions;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects;

/// <summary>
/// A tracked project as lists and its page show it. <see cref="Id"/> is the filing's id. <see cref="Stage"/> is the latest
/// confirmed milestone's stage (else the filed one, <see cref="FiledStage"/>); amounts are yuan. <see cref="OpenVerifications"/>: its
/// milestones and reports waiting in the reviewers' verification queue.
/// The follow-up service: its owner,
/// the next revisit due (null before a confirmed signing) and how many problems are not solved.
/// </summary>
public sealed record ProjectDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    string ProjectName,
    string? InvestorName,
    Guid? IndustryChainId,
    string? SourceRegionCode,
    bool ForeignInvestor,
    ProjectCategory? Category,
    Guid? AssociationId,
    decimal PlannedTotalInvestment,
    DateOnly ApprovedOn,
    ProjectStage? FiledStage,
    ProjectStage? Stage,
    TrackedProjectStatus Status,
    DateOnly? SignedOn,
    decimal? AgreementAmount,
    DateOnly? StartedOn,
    DateOnly? CompletedOn,
    bool IsAboveDesignatedSize,
    DateOnly? QualifiedOn,
    DateOnly? StoppedOn,
    string? StopReason,
    int OpenVerifications,
    int Version,
    Guid? ServiceOwnerId,
    string? ServiceOwnerName,
    DateOnly? NextRevisitDueOn,
    int OpenProblems);

public static class ProjectProjections
{
    /// <summary>The one projection of a project to its DTO, in SQL (the unit's name and the open verifications read in the same query).</summary>
    public static IQueryable<ProjectDto> ToDtos(this IQueryable<TrackedProject> projects, IApplicationDbContext db) =>
        projects.Select(ToDto(db));

    private static Expression<Func<TrackedProject, ProjectDto>> ToDto(IApplicationDbContext db) => p => new ProjectDto(
        p.Id,
        p.UnitId,
        db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
        p.ProjectName,
        p.InvestorName,
        p.IndustryChainId,
        p.SourceRegionCode,
        p.ForeignInvestor,
        p.Category,
        p.AssociationId,
        p.PlannedTotalFen / 100m,
        p.ApprovedOn,
        p.FiledStage,
        p.Stage,
        p.Status,
        p.SignedOn,
        p.AgreementAmount,
        p.StartedOn,
        p.CompletedOn,
        p.IsAboveDesignatedSize,
        p.QualifiedOn,
        p.StoppedOn,
        p.StopReason,
        db.VerificationTasks.Count(t => t.ProjectId == p.Id && t.IsOpen),
        p.Version,
        p.ServiceOwnerId,
        p.ServiceOwnerName,
        p.NextRevisitDueOn,
        db.ProjectProblems.Count(x => x.ProjectId == p.Id && x.Status != ProblemStatus.Solved));
}
