using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Projects;
using InvestPromo.Application.Projects.Queries.GetProject;
using InvestPromo.Application.Projects.Queries.ListProjects;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>Tracked projects: approved filings' lives after approval. Read by the same callers as filings, scoped the same way.</summary>
public static class ProjectsEndpoints
{
    public static void MapProjectsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/projects", "Projects");

        group.MapGet("", ListProjects).WithName("ListProjects")
            .WithSummary("List tracked projects, most recently approved first (a filer sees only its own unit's)")
            .WithDescription("A project is tracked from its filing's approval on; its id is the filing's. Filters, all optional and combined: `status` (Active, Stopped, ApprovalEnded), `stage` (the current stage: the latest confirmed milestone's, else the filed one), `unitId`, `industryChainId`, `search` (part of the project or investor name). Amounts are yuan.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors();
        group.MapGet("{id:guid}", GetProject).WithName("GetProject")
            .WithSummary("One tracked project (its id is the filing's)")
            .WithDescription("The project's current stage, confirmed milestone dates, agreement amount, 规模工业 mark and whether it goes on. Another unit's project is a 404 for a filer.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
    }

    private static async Task<Ok<PagedList<ProjectDto>>> ListProjects(
        ISender sender,
        CancellationToken ct,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        TrackedProjectStatus? status = null,
        ProjectStage? stage = null,
        Guid? unitId = null,
        Guid? industryChainId = null,
        string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListProjectsQuery(page, pageSize, status, stage, unitId, industryChainId, search), ct));

    private static async Task<Ok<ProjectDto>> GetProject(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProjectQuery(id), ct));
}
