using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Projects;
using InvestPromo.Application.Projects.Commands.MarkAboveDesignatedSize;
using InvestPromo.Application.Projects.Commands.StopProject;
using InvestPromo.Application.Projects.Milestones;
using InvestPromo.Application.Projects.Milestones.Commands.ConfirmMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.CorrectMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.ReportMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.ReportMilestoneAgain;
using InvestPromo.Application.Projects.Milestones.Commands.ReturnMilestone;
using InvestPromo.Application.Projects.Milestones.Queries.ListMilestones;
using InvestPromo.Domain.Projects;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>A milestone as the unit (or its system) reports it; <c>agreementAmount</c> (yuan) only for a signing.</summary>
public sealed record ReportMilestoneRequest(MilestoneKind Kind, DateOnly OccurredOn, decimal? AgreementAmount, string? Note, string? ExternalReference);

/// <summary>A returned milestone, corrected, with the version the unit read.</summary>
public sealed record ReportMilestoneAgainRequest(int Version, DateOnly OccurredOn, decimal? AgreementAmount, string? Note);

public sealed record ReturnMilestoneRequest(int Version, string? Reason);

public sealed record CorrectMilestoneRequest(int Version, DateOnly OccurredOn, decimal? AgreementAmount, string? Reason);

public sealed record MarkAboveDesignatedSizeRequest(int Version, DateOnly QualifiedOn);

public sealed record StopProjectRequest(int Version, DateOnly StoppedOn, string? Reason);

/// <summary>A tracked project's milestones (签约, 开工, 竣工/投产), the 规模工业 mark and stopping.</summary>
public static class ProjectMilestonesEndpoints
{
    private static readonly string[] InputCodes =
    [
        "milestone.date-before-approval", "milestone.date-in-future", "milestone.amount-required", "milestone.amount-not-allowed", "milestone.amount-invalid",
        "milestone.kind-invalid", "milestone.date-out-of-order", "filing.amount-invalid",
    ];

    /// <summary>What reporting (again) adds: the note, a project that goes on, and the queue's deadline (counted on the calendar).</summary>
    private static readonly string[] ReportCodes = ["milestone.note-invalid", "project.not-active", "calendar.days-invalid"];

    private static readonly string[] ReasonCodes = ["filing.reason-required", "filing.reason-too-long", "filing.reason-invalid"];

    public static void MapProjectMilestonesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/projects", "Projects");

        group.MapGet("{id:guid}/milestones", ListMilestones).WithName("ListProjectMilestones")
            .WithSummary("A project's milestones in order (签约, 开工, 竣工/投产), each with its status and history")
            .WithDescription("Only a `Confirmed` milestone counts (the project's dates, agreement amount and current stage follow it); `Reported` waits for a reviewer, `Returned` waits for the unit to correct it (`returnReason`). `history` lists every step, oldest first. Evidence files: GET /api/projects/{id}/evidence?subject=Milestone&subjectId=.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/milestones", ReportMilestone).WithName("ReportProjectMilestone")
            .WithSummary("Report a milestone (签约 with its agreement amount, 开工, 竣工/投产); it waits for a reviewer")
            .WithDescription("`kind`: Signed, Started or Completed; `occurredOn`: the China date it happened, not before the filing's approval and not in the future (400); `agreementAmount`: yuan, more than 0, required for Signed and absent otherwise (400). Milestones go forward: one per kind (a second one is a 409 `milestone.kind-exists`; a returned one is corrected with PUT), a kind only once every earlier kind is reported (409 `milestone.out-of-order`), dates Signed ≤ Started ≤ Completed (409 `milestone.date-out-of-order`). A stopped project, or one whose approval ended, takes nothing (409 `project.not-active`). `externalReference` (optional, 1–100 characters) is your own id for the record, unique per caller (409 `external-reference.exists`). Answers 201 with the milestone.")
            .RequireAuthorization(Policies.ReportProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes([.. InputCodes, .. ReportCodes, "milestone.kind-exists", "milestone.out-of-order", "external-reference.exists"])
            .WithIdempotency();
        group.MapPut("{id:guid}/milestones/{milestoneId:guid}", ReportMilestoneAgain).WithName("ReportProjectMilestoneAgain")
            .WithSummary("Correct a returned milestone and report it again (send the version you read)")
            .WithDescription("Only a `Returned` milestone (409 `milestone.not-returned`); the same checks as reporting. It goes back to the reviewers' queue.")
            .RequireAuthorization(Policies.ReportProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes([.. InputCodes, .. ReportCodes, "milestone.not-returned", "milestone.out-of-order"])
            .WithIdempotency();
        group.MapPost("{id:guid}/milestones/{milestoneId:guid}/confirm", ConfirmMilestone).WithName("ConfirmProjectMilestone")
            .WithSummary("Confirm a reported milestone: it counts from now on")
            .WithDescription("Only a `Reported` milestone (409 `milestone.not-reported`), once every earlier kind is confirmed (409 `milestone.earlier-not-confirmed`). The project's date (and agreement amount) and current stage follow; the stage reaches the filing list, the reserve list and the analysis at once.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("milestone.not-reported", "milestone.earlier-not-confirmed", "milestone.date-out-of-order")
            .WithIdempotency();
        group.MapPost("{id:guid}/milestones/{milestoneId:guid}/return", ReturnMilestone).WithName("ReturnProjectMilestone")
            .WithSummary("Return a reported milestone to the unit with a reason")
            .WithDescription("Only a `Reported` milestone; `reason` is required (at most 1,000 characters). The unit corrects it and reports it again (PUT).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes(["milestone.not-reported", .. ReasonCodes])
            .WithIdempotency();
        group.MapPost("{id:guid}/milestones/{milestoneId:guid}/correct", CorrectMilestone).WithName("CorrectProjectMilestone")
            .WithSummary("Correct a confirmed milestone's date (and a signing's agreement amount) with a reason kept in its history")
            .WithDescription("Only a `Confirmed` milestone (409 `milestone.not-confirmed`); the same date and amount checks as reporting; `reason` is required. The project's dates and amount follow.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes([.. InputCodes, "milestone.not-confirmed", .. ReasonCodes])
            .WithIdempotency();
        group.MapPost("{id:guid}/above-designated-size", MarkAboveDesignatedSize).WithName("MarkProjectAboveDesignatedSize")
            .WithSummary("Mark the project 规模工业 (above designated size) from the date it qualified")
            .WithDescription("`qualifiedOn`: not before the filing's approval and not in the future (400). Marking again moves the date. A stopped project takes nothing (409 `project.not-active`).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("project.not-active", "project.date-before-approval", "project.date-in-future")
            .WithIdempotency();
        group.MapPost("{id:guid}/stop", StopProject).WithName("StopProject")
            .WithSummary("Stop the project (终止/撤资) with the date and a reason")
            .WithDescription("`stoppedOn`: not before the filing's approval and not in the future (400); `reason` is required. What was confirmed still counts; the project takes no new milestone or report (409 `project.not-active`).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes(["project.not-active", "project.date-before-approval", "project.date-in-future", .. ReasonCodes])
            .WithIdempotency();
    }

    private static async Task<Ok<IReadOnlyList<ProjectMilestoneDto>>> ListMilestones(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListMilestonesQuery(id), ct));

    private static async Task<Created<ProjectMilestoneDto>> ReportMilestone(ISender sender, Guid id, ReportMilestoneRequest body, CancellationToken ct)
    {
        var milestone = await sender.Send(new ReportMilestoneCommand(id, body.Kind, body.OccurredOn, body.AgreementAmount, body.Note, body.ExternalReference), ct);
        return TypedResults.Created($"/api/projects/{id}/milestones", milestone);
    }

    private static async Task<Ok<ProjectMilestoneDto>> ReportMilestoneAgain(ISender sender, Guid id, Guid milestoneId, ReportMilestoneAgainRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReportMilestoneAgainCommand(id, milestoneId, body.Version, body.OccurredOn, body.AgreementAmount, body.Note), ct));

    private static async Task<Ok<ProjectMilestoneDto>> ConfirmMilestone(ISender sender, Guid id, Guid milestoneId, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ConfirmMilestoneCommand(id, milestoneId, body.Version), ct));

    private static async Task<Ok<ProjectMilestoneDto>> ReturnMilestone(ISender sender, Guid id, Guid milestoneId, ReturnMilestoneRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReturnMilestoneCommand(id, milestoneId, body.Version, body.Reason), ct));

    private static async Task<Ok<ProjectMilestoneDto>> CorrectMilestone(ISender sender, Guid id, Guid milestoneId, CorrectMilestoneRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CorrectMilestoneCommand(id, milestoneId, body.Version, body.OccurredOn, body.AgreementAmount, body.Reason), ct));

    private static async Task<Ok<ProjectDto>> MarkAboveDesignatedSize(ISender sender, Guid id, MarkAboveDesignatedSizeRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new MarkAboveDesignatedSizeCommand(id, body.Version, body.QualifiedOn), ct));

    private static async Task<Ok<ProjectDto>> StopProject(ISender sender, Guid id, StopProjectRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new StopProjectCommand(id, body.Version, body.StoppedOn, body.Reason), ct));
}
