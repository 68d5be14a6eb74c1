using InvestPromo.Api.Security;
using InvestPromo.Application.Associations;
using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.Associations.Commands.DeleteAssociation;
using InvestPromo.Application.Associations.Commands.UpdateAssociation;
using InvestPromo.Application.Associations.Queries.ListAssociations;
using InvestPromo.Application.Common.Models;
using InvestPromo.Domain.Associations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateAssociationRequest(string Name, AssociationKind Kind, int Version);

public static class AssociationsEndpoints
{
    public static void MapAssociationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/associations", "Associations");

        group.MapGet("", ListAssociations).WithName("ListAssociations").WithSummary("List associations (商协会/校友会) that can introduce projects")
            .RequireAuthorization(Policies.ReadOrganisation).WithStandardErrors();
        group.MapPost("", CreateAssociation).WithName("CreateAssociation").WithSummary("Create an association")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("association.name-invalid", "association.kind-invalid");
        group.MapPut("{id:guid}", UpdateAssociation).WithName("UpdateAssociation").WithSummary("Update an association (send the version you read)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("association.name-invalid", "association.kind-invalid");
        group.MapDelete("{id:guid}", DeleteAssociation).WithName("DeleteAssociation").WithSummary("Delete an association (soft delete)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("entity.already-deleted");
    }

    private static async Task<Ok<PagedList<AssociationDto>>> ListAssociations(ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, AssociationKind? kind = null, string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListAssociationsQuery(page, pageSize, kind, search), ct));

    private static async Task<Created<AssociationDto>> CreateAssociation(ISender sender, CreateAssociationCommand body, CancellationToken ct)
    {
        var association = await sender.Send(body, ct);
        return TypedResults.Created($"/api/associations/{association.Id}", association);
    }

    private static async Task<Ok<AssociationDto>> UpdateAssociation(ISender sender, Guid id, UpdateAssociationRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAssociationCommand(id, body.Name, body.Kind, body.Version), ct));

    private static async Task<NoContent> DeleteAssociation(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAssociationCommand(id, version), ct);
        return TypedResults.NoContent();
    }
}
