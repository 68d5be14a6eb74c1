using InvestPromo.Api.Security;
using InvestPromo.Application.Associations;
using InvestPromo.Application.Associations.Commands.CreateAssociationMember;
using InvestPromo.Application.Associations.Commands.CreateAssociationOffice;
using InvestPromo.Application.Associations.Commands.DeleteAssociationMember;
using InvestPromo.Application.Associations.Commands.DeleteAssociationOffice;
using InvestPromo.Application.Associations.Commands.UpdateAssociationMember;
using InvestPromo.Application.Associations.Commands.UpdateAssociationOffice;
using InvestPromo.Application.Associations.Queries.GetAssociationPortal;
using InvestPromo.Application.Common.Models;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>The association's own portal: its user reaches only its own association (another's office or member → 404).</summary>
public static class AssociationPortalEndpoints
{
    public static void MapAssociationPortalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/association-portal", "AssociationPortal").RequireAuthorization(Policies.AssociationPortal);

        group.MapGet("", GetAssociationPortal).WithName("GetAssociationPortal")
            .WithSummary("The association's home: its own profile (offices, members, ratings) and a page of its credited projects with their progress and verified funds")
            .WithStandardErrors().WithNotFound();

        group.MapPost("offices", CreatePortalOffice).WithName("CreatePortalOffice").WithSummary("Open an office of the caller's association (audited)")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(AssociationsEndpoints.OfficeErrors);
        group.MapPut("offices/{officeId:guid}", UpdatePortalOffice).WithName("UpdatePortalOffice")
            .WithSummary("Update an office of the caller's association (send the version you read)")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(AssociationsEndpoints.OfficeErrors);
        group.MapDelete("offices/{officeId:guid}", DeletePortalOffice).WithName("DeletePortalOffice").WithSummary("Close an office of the caller's association")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");

        group.MapPost("members", CreatePortalMember).WithName("CreatePortalMember").WithSummary("Add a member company to the caller's association (audited)")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(AssociationsEndpoints.MemberErrors);
        group.MapPut("members/{memberId:guid}", UpdatePortalMember).WithName("UpdatePortalMember")
            .WithSummary("Update a member company of the caller's association (send the version you read)")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(AssociationsEndpoints.MemberErrors);
        group.MapDelete("members/{memberId:guid}", DeletePortalMember).WithName("DeletePortalMember").WithSummary("Remove a member company of the caller's association")
            .WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");
    }

    private static async Task<Ok<AssociationPortalDto>> GetAssociationPortal(ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetAssociationPortalQuery(page, pageSize), ct));

    private static async Task<Created<AssociationOfficeDto>> CreatePortalOffice(ISender sender, AssociationOfficeRequest body, CancellationToken ct)
    {
        var office = await sender.Send(new CreateAssociationOfficeCommand(null, body.Name, body.CityRegionCode, body.ContactName, body.ContactPhone), ct);
        return TypedResults.Created($"/api/association-portal/offices/{office.Id}", office);
    }

    private static async Task<Ok<AssociationOfficeDto>> UpdatePortalOffice(ISender sender, Guid officeId, UpdateAssociationOfficeRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAssociationOfficeCommand(null, officeId, body.Name, body.CityRegionCode, body.ContactName, body.ContactPhone, body.Version), ct));

    private static async Task<NoContent> DeletePortalOffice(ISender sender, Guid officeId, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAssociationOfficeCommand(null, officeId, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<AssociationMemberDto>> CreatePortalMember(ISender sender, AssociationMemberRequest body, CancellationToken ct)
    {
        var member = await sender.Send(new CreateAssociationMemberCommand(null, body.CompanyName, body.CreditCode, body.IndustryChainId, body.Position), ct);
        return TypedResults.Created($"/api/association-portal/members/{member.Id}", member);
    }

    private static async Task<Ok<AssociationMemberDto>> UpdatePortalMember(ISender sender, Guid memberId, UpdateAssociationMemberRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAssociationMemberCommand(null, memberId, body.CompanyName, body.CreditCode, body.IndustryChainId, body.Position, body.Version), ct));

    private static async Task<NoContent> DeletePortalMember(ISender sender, Guid memberId, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAssociationMemberCommand(null, memberId, version), ct);
        return TypedResults.NoContent();
    }
}
