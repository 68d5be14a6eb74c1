using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service;

/// <summary>
/// A project's follow-up service: the owner, the project's own interval (null: the stage's), the interval in force (null before
/// a confirmed signing), the stage's default, the last revisit, the next one due, open problems, and whom the caller may choose
/// as owner (<see cref="OwnerCandidates"/>: a filer sees its unit's filers, the center also reviewers and admins).
/// </summary>
public sealed record ProjectServiceDto(
    Guid ProjectId,
    Guid? ServiceOwnerId,
    string? ServiceOwnerName,
    int? RevisitIntervalDays,
    int? EffectiveIntervalDays,
    int StageDefaultDays,
    ProjectStage? ServiceStage,
    DateOnly? SignedOn,
    DateOnly? LastRevisitOn,
    DateOnly? NextRevisitDueOn,
    bool RevisitOverdue,
    int OpenProblems,
    IReadOnlyList<ServiceOwnerCandidate> OwnerCandidates,
    int Version);

/// <summary>A user who may be a project's service owner.</summary>
public sealed record ServiceOwnerCandidate(Guid Id, string DisplayName, string Role);

/// <summary>A revisit (回访): its China date, who visited, whom they met, the notes, who recorded it and when.</summary>
public sealed record ProjectRevisitDto(
    Guid Id,
    Guid ProjectId,
    DateOnly VisitedOn,
    string Visitors,
    string MetWith,
    string Notes,
    string RecordedByName,
    DateTimeOffset RecordedAt);

/// <summary>One step of a problem's history (the first is its raising, <see cref="FromStatus"/> null).</summary>
public sealed record ProblemChangeDto(ProblemStatus? FromStatus, ProblemStatus ToStatus, string? Note, string? EscalatedTo, string ByName, DateTimeOffset At);

/// <summary>A problem raised (重点难点问题) with its history, oldest step first; <see cref="Overdue"/> when unsolved past its due date (China).</summary>
public sealed record ProjectProblemDto(
    Guid Id,
    Guid ProjectId,
    string Description,
    string Department,
    DateOnly DueOn,
    ProblemStatus Status,
    string? EscalatedTo,
    DateOnly? SolvedOn,
    bool Overdue,
    string RaisedByName,
    DateTimeOffset RaisedAt,
    IReadOnlyList<ProblemChangeDto> Changes,
    int Version);

/// <summary>
/// One line of the due list: a project whose revisit is due (or overdue) or which has problems past their due date, with its
/// owner. <see cref="RevisitOverdueDays"/> is how many days past due the revisit is (0 = due today; negative = due in so many days).
/// </summary>
public sealed record ServiceDueDto(
    Guid ProjectId,
    string ProjectName,
    Guid UnitId,
    string UnitName,
    Guid? ServiceOwnerId,
    string? ServiceOwnerName,
    DateOnly? LastRevisitOn,
    DateOnly? NextRevisitDueOn,
    int? RevisitOverdueDays,
    int OverdueProblems,
    DateOnly? EarliestProblemDueOn);

/// <summary>Open problems of one responsible department: by status, and how many are past their due date.</summary>
public sealed record DepartmentProblemsDto(string Department, int Open, int InProgress, int Escalated, int Overdue, int Total);

/// <summary>Open problems (not solved) by responsible department, most first, for the leader's dashboard; totals over all.</summary>
public sealed record ProblemSummaryDto(int Total, int Overdue, IReadOnlyList<DepartmentProblemsDto> Departments);
