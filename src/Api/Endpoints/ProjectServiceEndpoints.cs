using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Projects.Service;
using InvestPromo.Application.Projects.Service.Commands.AssignProjectService;
using InvestPromo.Application.Projects.Service.Commands.ChangeProblemStatus;
using InvestPromo.Application.Projects.Service.Commands.RaiseProblem;
using InvestPromo.Application.Projects.Service.Commands.RecordRevisit;
using InvestPromo.Application.Projects.Service.Queries.GetProblemSummary;
using InvestPromo.Application.Projects.Service.Queries.GetProjectService;
using InvestPromo.Application.Projects.Service.Queries.ListProblemDepartments;
using InvestPromo.Application.Projects.Service.Queries.ListProblems;
using InvestPromo.Application.Projects.Service.Queries.ListRevisits;
using InvestPromo.Application.Projects.Service.Queries.ListServiceDue;
using InvestPromo.Domain.Projects;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// Follow-up service of tracked projects (动态跟踪服务, 定期回访): the service owner and revisit interval, revisits, problems raised,
/// the due list and the open problems by department. Read like projects (scoped); written by the unit's filers and the center.
/// </summary>
public static class ProjectServiceEndpoints
{
    public static void MapProjectServiceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/projects", "Projects");

        group.MapGet("service/due", ListServiceDue).WithName("ListServiceDue")
            .WithSummary("Projects whose revisit is due (or overdue) or whose problems are past their due date (a filer sees only its own unit's)")
            .WithDescription("Projects that go on, with a revisit due by today plus `withinDays` (0–30, default 0: due today or overdue) or a problem not solved past its due date (China time); soonest revisit first. Filters: `unitId`, `ownerId`, `mine` (the caller is the service owner). `revisitOverdueDays` is how many days past due the revisit is (negative: due in so many days).")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors();
        group.MapGet("problems/summary", GetProblemSummary).WithName("GetProblemSummary")
            .WithSummary("Open problems (not solved) by responsible department, most first (the leader's dashboard)")
            .WithDescription("Counts open, in progress, escalated and overdue problems of projects that go on, by the department responsible; optionally one unit's (`unitId`). A filer sees only its own unit's.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors();
        group.MapGet("problems/departments", ListProblemDepartments).WithName("ListProblemDepartments")
            .WithSummary("Responsible departments named on earlier problems (suggestions for the free-text field)")
            .WithDescription("At most 20, most used first; `search` keeps those containing it. A filer sees those of its own unit's projects.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors();

        group.MapGet("{id:guid}/service", GetProjectService).WithName("GetProjectService")
            .WithSummary("A project's follow-up service: its owner, revisit interval, last and next revisit, open problems")
            .WithDescription("`effectiveIntervalDays` is the project's own interval or its stage's (signed, started, completed; configured), null before a confirmed signing, when no revisit is due. `ownerCandidates` lists whom the caller may choose as owner: a filer its unit's filers, the center also reviewers and admins.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPut("{id:guid}/service", AssignProjectService).WithName("AssignProjectService")
            .WithSummary("Set a project's service owner and its own revisit interval (send the version you read)")
            .WithDescription("`serviceOwnerId` null removes the owner; `revisitIntervalDays` null takes the stage's interval (7–366 days otherwise). A unit's filer may choose only its own unit's filers; the center any filer of the project's unit, reviewer or admin. The next revisit due is recomputed.")
            .RequireAuthorization(Policies.WorkOnProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("service.owner-not-eligible", "service.interval-invalid");

        group.MapGet("{id:guid}/revisits", ListRevisits).WithName("ListRevisits")
            .WithSummary("A project's revisits (回访), latest first")
            .WithDescription("Photos and minutes are evidence: `GET /api/projects/{id}/evidence?subject=Revisit&subjectId=`.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/revisits", RecordRevisit).WithName("RecordRevisit")
            .WithSummary("Record a revisit: the date, who visited, whom they met, the notes")
            .WithDescription("The date is not in the future nor before the approval (China time). A stopped project takes none. The project's last revisit and next one due move on. Attach photos afterwards with `POST /api/projects/{id}/evidence` (subject `Revisit`). Answers 201 with the revisit.")
            .RequireAuthorization(Policies.WorkOnProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("project.not-active", "revisit.in-future", "revisit.before-approval", "revisit.text-invalid")
            .WithIdempotency();

        group.MapGet("{id:guid}/problems", ListProblems).WithName("ListProblems")
            .WithSummary("A project's problems raised (重点难点问题) with their histories, open ones first")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/problems", RaiseProblem).WithName("RaiseProblem")
            .WithSummary("Raise a problem: the description, the responsible department, the due date")
            .WithDescription("The due date is not before today (China time). A stopped project takes none. The problem starts Open. Answers 201 with the problem.")
            .RequireAuthorization(Policies.WorkOnProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("problem.due-before-raised", "problem.text-invalid", "project.not-active")
            .WithIdempotency();
        group.MapPost("{id:guid}/problems/{problemId:guid}/status", ChangeProblemStatus).WithName("ChangeProblemStatus")
            .WithSummary("Move a problem on with a note: InProgress, Solved, or Escalated to a named city leader (send the version you read)")
            .WithDescription("Open → InProgress → Solved, or Escalated (`escalatedTo` names the city leader; then InProgress or Solved). Solved is final. Every change keeps its note in the history. Escalating sends the `project.problem-escalated` webhook event.")
            .RequireAuthorization(Policies.WorkOnProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("problem.solved", "problem.transition-invalid", "problem.text-invalid")
            .WithIdempotency();
    }

    private static async Task<Ok<PagedList<ServiceDueDto>>> ListServiceDue(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, Guid? unitId = null, Guid? ownerId = null, bool mine = false, int withinDays = 0) =>
        TypedResults.Ok(await sender.Send(new ListServiceDueQuery(page, pageSize, unitId, ownerId, mine, withinDays), ct));

    private static async Task<Ok<ProblemSummaryDto>> GetProblemSummary(ISender sender, CancellationToken ct, Guid? unitId = null) =>
        TypedResults.Ok(await sender.Send(new GetProblemSummaryQuery(unitId), ct));

    private static async Task<Ok<IReadOnlyList<string>>> ListProblemDepartments(ISender sender, CancellationToken ct, string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListProblemDepartmentsQuery(search), ct));

    private static async Task<Ok<ProjectServiceDto>> GetProjectService(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProjectServiceQuery(id), ct));

    private static async Task<Ok<ProjectServiceDto>> AssignProjectService(ISender sender, Guid id, AssignProjectServiceRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AssignProjectServiceCommand(id, body.Version, body.ServiceOwnerId, body.RevisitIntervalDays), ct));

    private static async Task<Ok<IReadOnlyList<ProjectRevisitDto>>> ListRevisits(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListRevisitsQuery(id), ct));

    private static async Task<Created<ProjectRevisitDto>> RecordRevisit(ISender sender, Guid id, RecordRevisitRequest body, CancellationToken ct)
    {
        var revisit = await sender.Send(new RecordRevisitCommand(id, body.VisitedOn, body.Visitors ?? string.Empty, body.MetWith ?? string.Empty, body.Notes ?? string.Empty), ct);
        return TypedResults.Created($"/api/projects/{id}/revisits/{revisit.Id}", revisit);
    }

    private static async Task<Ok<IReadOnlyList<ProjectProblemDto>>> ListProblems(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListProblemsQuery(id), ct));

    private static async Task<Created<ProjectProblemDto>> RaiseProblem(ISender sender, Guid id, RaiseProblemRequest body, CancellationToken ct)
    {
        var problem = await sender.Send(new RaiseProblemCommand(id, body.Description ?? string.Empty, body.Department ?? string.Empty, body.DueOn), ct);
        return TypedResults.Created($"/api/projects/{id}/problems/{problem.Id}", problem);
    }

    private static async Task<Ok<ProjectProblemDto>> ChangeProblemStatus(ISender sender, Guid id, Guid problemId, ChangeProblemStatusRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ChangeProblemStatusCommand(id, problemId, body.Version, body.Status, body.Note ?? string.Empty, body.EscalatedTo), ct));
}

/// <summary>The service owner (null: none) and the project's own revisit interval (null: the stage's), with the version read.</summary>
public sealed record AssignProjectServiceRequest(int Version, Guid? ServiceOwnerId, int? RevisitIntervalDays);

/// <summary>A revisit: the China date, who visited, whom they met, the notes.</summary>
public sealed record RecordRevisitRequest(DateOnly VisitedOn, string? Visitors, string? MetWith, string? Notes);

/// <summary>A problem: its description, the responsible department (free text) and the due date.</summary>
public sealed record RaiseProblemRequest(string? Description, string? Department, DateOnly DueOn);

/// <summary>The status to move to (InProgress, Solved, Escalated), the note, the city leader when escalating, and the version read.</summary>
public sealed record ChangeProblemStatusRequest(int Version, ProblemStatus Status, string? Note, string? EscalatedTo);
