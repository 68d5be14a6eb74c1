using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Leads;
using InvestPromo.Application.Leads.Commands.AnswerOpinionRequest;
using InvestPromo.Application.Leads.Commands.AssignLead;
using InvestPromo.Application.Leads.Commands.MergeLead;
using InvestPromo.Application.Leads.Commands.RecordLead;
using InvestPromo.Application.Leads.Commands.RequestLeadOpinion;
using InvestPromo.Application.Leads.Commands.ShelveLead;
using InvestPromo.Application.Leads.Queries.GetLead;
using InvestPromo.Application.Leads.Queries.ListLeads;
using InvestPromo.Application.Leads.Queries.ListOpinionRequests;
using InvestPromo.Domain.Leads;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record RequestLeadOpinionRequest(IReadOnlyList<Guid> AssociationIds, string Question, int Version);

public sealed record AssignLeadRequest(Guid UnitId, string? Note, int Version);

public sealed record MergeLeadRequest(Guid TargetLeadId, string? Note, int Version);

public sealed record ShelveLeadRequest(string Reason, int Version);

public sealed record AnswerOpinionRequestRequest(string Answer, int Version);

public static class LeadsEndpoints
{
    public static void MapLeadsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/leads", "Leads");

        group.MapGet("", ListLeads).WithName("ListLeads").WithSummary("List the project leads the caller may see (招商线索)")
            .RequireAuthorization(Policies.Leads).WithStandardErrors();
        group.MapGet("{id:guid}", GetLead).WithName("GetLead").WithSummary("One lead with its source, opinions and assessment history")
            .RequireAuthorization(Policies.Leads).WithStandardErrors().WithNotFound();
        group.MapPost("", RecordLead).WithName("RecordLead").WithSummary("Record a project lead")
            .RequireAuthorization(Policies.Leads).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("association.dissolved", "lead.source-invalid", "lead.amount-invalid", "lead.text-invalid");
        group.MapPost("{id:guid}/opinion-requests", RequestOpinion).WithName("RequestLeadOpinion").WithSummary("Ask chosen associations for their opinion on a lead")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("lead.status-invalid", "association.dissolved", "lead.text-invalid");
        group.MapPost("{id:guid}/assign", AssignLead).WithName("AssignLead").WithSummary("Assign a lead to a carrier unit to pursue (交办)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("lead.status-invalid", "lead.text-invalid");
        group.MapPost("{id:guid}/merge", MergeLead).WithName("MergeLead").WithSummary("Merge a lead into another lead")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("lead.status-invalid", "lead.merge-invalid", "lead.text-invalid");
        group.MapPost("{id:guid}/shelve", ShelveLead).WithName("ShelveLead").WithSummary("Shelve a lead (搁置) with its reason")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("lead.status-invalid", "lead.text-invalid");

        var portal = app.MapApiGroup("/api/association-portal/opinion-requests", "AssociationPortal");
        portal.MapGet("", ListOpinionRequests).WithName("ListOpinionRequests").WithSummary("The opinion requests addressed to the caller's association")
            .RequireAuthorization(Policies.AssociationPortal).WithStandardErrors();
        portal.MapPost("{id:guid}/answer", AnswerOpinionRequest).WithName("AnswerOpinionRequest").WithSummary("Answer an opinion request (once)")
            .RequireAuthorization(Policies.AssociationPortal).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("lead.opinion-answered", "lead.text-invalid");
    }

    private static async Task<Ok<PagedList<LeadListItemDto>>> ListLeads(ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, LeadStatus? status = null, string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListLeadsQuery(page, pageSize, status, search), ct));

    private static async Task<Ok<LeadDto>> GetLead(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLeadQuery(id), ct));

    private static async Task<Created<LeadDto>> RecordLead(ISender sender, RecordLeadCommand body, CancellationToken ct)
    {
        var lead = await sender.Send(body, ct);
        return TypedResults.Created($"/api/leads/{lead.Id}", lead);
    }

    private static async Task<Ok<LeadDto>> RequestOpinion(ISender sender, Guid id, RequestLeadOpinionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RequestLeadOpinionCommand(id, body.AssociationIds ?? [], body.Question, body.Version), ct));

    private static async Task<Ok<LeadDto>> AssignLead(ISender sender, Guid id, AssignLeadRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AssignLeadCommand(id, body.UnitId, body.Note, body.Version), ct));

    private static async Task<Ok<LeadDto>> MergeLead(ISender sender, Guid id, MergeLeadRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new MergeLeadCommand(id, body.TargetLeadId, body.Note, body.Version), ct));

    private static async Task<Ok<LeadDto>> ShelveLead(ISender sender, Guid id, ShelveLeadRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ShelveLeadCommand(id, body.Reason, body.Version), ct));

    private static async Task<Ok<PagedList<LeadOpinionDto>>> ListOpinionRequests(ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, bool openOnly = false) =>
        TypedResults.Ok(await sender.Send(new ListOpinionRequestsQuery(page, pageSize, openOnly), ct));

    private static async Task<Ok<LeadOpinionDto>> AnswerOpinionRequest(ISender sender, Guid id, AnswerOpinionRequestRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AnswerOpinionRequestCommand(id, body.Answer, body.Version), ct));
}
