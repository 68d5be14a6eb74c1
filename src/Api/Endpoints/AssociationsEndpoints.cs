using InvestPromo.Api.Security;
using InvestPromo.Application.Associations;
using InvestPromo.Application.Associations.Commands.AddAssociationRating;
using InvestPromo.Application.Associations.Commands.ChangeAssociationStatus;
using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.Associations.Commands.CreateAssociationMember;
using InvestPromo.Application.Associations.Commands.CreateAssociationOffice;
using InvestPromo.Application.Associations.Commands.DeleteAssociation;
using InvestPromo.Application.Associations.Commands.DeleteAssociationMember;
using InvestPromo.Application.Associations.Commands.DeleteAssociationOffice;
using InvestPromo.Application.Associations.Commands.RemoveAssociationRating;
using InvestPromo.Application.Associations.Commands.UpdateAssociation;
using InvestPromo.Application.Associations.Commands.UpdateAssociationMember;
using InvestPromo.Application.Associations.Commands.UpdateAssociationOffice;
using InvestPromo.Application.Associations.Commands.UpdateAssociationProfile;
using InvestPromo.Application.Associations.Queries.ExportAssociations;
using InvestPromo.Application.Associations.Queries.GetAssociation;
using InvestPromo.Application.Associations.Queries.ListAssociations;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Associations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateAssociationRequest(string Name, AssociationKind Kind, int Version);

public sealed record UpdateAssociationProfileRequest(
    string Name,
    AssociationKind Kind,
    string? HomeRegionCode,
    DateOnly? FoundedOn,
    int? MemberCount,
    string? LiaisonLeader,
    string? PresidentName,
    string? PresidentContact,
    string? SecretaryGeneralName,
    string? SecretaryGeneralContact,
    int Version);

public sealed record ChangeAssociationStatusRequest(AssociationStatus Status, int Version);

public sealed record AddAssociationRatingRequest(AssociationRatingLevel Level, int Year, string? Note);

public sealed record AssociationOfficeRequest(string Name, string CityRegionCode, string? ContactName, string? ContactPhone);

public sealed record UpdateAssociationOfficeRequest(string Name, string CityRegionCode, string? ContactName, string? ContactPhone, int Version);

public sealed record AssociationMemberRequest(string CompanyName, string? CreditCode, Guid? IndustryChainId, string? Position);

public sealed record UpdateAssociationMemberRequest(string CompanyName, string? CreditCode, Guid? IndustryChainId, string? Position, int Version);

public static class AssociationsEndpoints
{
    internal static readonly string[] ProfileErrors =
    [
        "association.name-invalid", "association.kind-invalid", "association.member-count-invalid", "association.region-invalid",
        "association.region-not-found", "association.liaison-invalid",
    ];

    internal static readonly string[] OfficeErrors =
        ["association-office.name-invalid", "association-office.city-invalid", "association-office.contact-invalid", "association-office.city-not-found"];

    internal static readonly string[] MemberErrors =
        ["association-member.name-invalid", "association-member.credit-code-invalid", "association-member.position-invalid", "association-member.chain-not-found"];

    public static void MapAssociationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/associations", "Associations");

        group.MapGet("", ListAssociations).WithName("ListAssociations")
            .WithSummary("List associations (商协会/校友会): search by name, kind, status, region (home or an office's city), a member's industry chain")
            .RequireAuthorization(Policies.ReadOrganisation).WithStandardErrors();
        group.MapGet("export", ExportAssociations).WithName("ExportAssociations")
            .WithSummary("The association registry with the same filters, every matching row, as an .xlsx file")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
        group.MapGet("{id:guid}", GetAssociation).WithName("GetAssociation")
            .WithSummary("One association with its ratings, offices and members (officers' contacts for the center only)")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        group.MapPost("", CreateAssociation).WithName("CreateAssociation").WithSummary("Create an association (established, or a 筹备组)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes([.. ProfileErrors, "association.status-change-invalid"]);
        group.MapPut("{id:guid}", UpdateAssociation).WithName("UpdateAssociation").WithSummary("Update an association's name and kind (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("association.name-invalid", "association.kind-invalid");
        group.MapPut("{id:guid}/profile", UpdateAssociationProfile).WithName("UpdateAssociationProfile")
            .WithSummary("Update an association's registry profile: region, founded, members, liaison leader, officers and their contacts (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes([.. ProfileErrors, "association.officer-invalid"]);
        group.MapPost("{id:guid}/status", ChangeAssociationStatus).WithName("ChangeAssociationStatus")
            .WithSummary("Change an association's status: 筹备组 → established → dissolved, or 筹备组 → dissolved")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("association.status-change-invalid");
        group.MapDelete("{id:guid}", DeleteAssociation).WithName("DeleteAssociation").WithSummary("Delete an association (soft delete)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("entity.already-deleted");

        group.MapPost("{id:guid}/ratings", AddAssociationRating).WithName("AddAssociationRating")
            .WithSummary("Add a 四好商会 rating (level and year; one per level and year)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("association.rating-invalid", "association.rating-exists");
        group.MapDelete("{id:guid}/ratings/{ratingId:guid}", RemoveAssociationRating).WithName("RemoveAssociationRating")
            .WithSummary("Remove a rating entered by mistake (soft delete)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("entity.already-deleted");

        group.MapPost("{id:guid}/offices", CreateAssociationOffice).WithName("CreateAssociationOffice")
            .WithSummary("Open a liaison office or station (招商联络处/站) of an association")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(OfficeErrors);
        group.MapPut("{id:guid}/offices/{officeId:guid}", UpdateAssociationOffice).WithName("UpdateAssociationOffice")
            .WithSummary("Update an association's office (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(OfficeErrors);
        group.MapDelete("{id:guid}/offices/{officeId:guid}", DeleteAssociationOffice).WithName("DeleteAssociationOffice")
            .WithSummary("Close an association's office (soft delete)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");

        group.MapPost("{id:guid}/members", CreateAssociationMember).WithName("CreateAssociationMember")
            .WithSummary("Add a member company (credit code when domestic, industry chain, position)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(MemberErrors);
        group.MapPut("{id:guid}/members/{memberId:guid}", UpdateAssociationMember).WithName("UpdateAssociationMember")
            .WithSummary("Update a member company (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(MemberErrors);
        group.MapDelete("{id:guid}/members/{memberId:guid}", DeleteAssociationMember).WithName("DeleteAssociationMember")
            .WithSummary("Remove a member company (soft delete)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");
    }

    private static async Task<Ok<PagedList<AssociationDto>>> ListAssociations(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, AssociationKind? kind = null, string? search = null,
        AssociationStatus? status = null, string? regionCode = null, Guid? industryChainId = null) =>
        TypedResults.Ok(await sender.Send(new ListAssociationsQuery(page, pageSize, kind, search, status, regionCode, industryChainId), ct));

    private static async Task<FileStreamHttpResult> ExportAssociations(
        ISender sender, CancellationToken ct, AssociationKind? kind = null, string? search = null, AssociationStatus? status = null, string? regionCode = null, Guid? industryChainId = null)
    {
        var file = await sender.Send(new ExportAssociationsQuery(kind, search, status, regionCode, industryChainId), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<AssociationDetailDto>> GetAssociation(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAssociationQuery(id), ct));

    private static async Task<Created<AssociationDto>> CreateAssociation(ISender sender, CreateAssociationCommand body, CancellationToken ct)
    {
        var association = await sender.Send(body, ct);
        return TypedResults.Created($"/api/associations/{association.Id}", association);
    }

    private static async Task<Ok<AssociationDto>> UpdateAssociation(ISender sender, Guid id, UpdateAssociationRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAssociationCommand(id, body.Name, body.Kind, body.Version), ct));

    private static async Task<Ok<AssociationDto>> UpdateAssociationProfile(ISender sender, Guid id, UpdateAssociationProfileRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(
            new UpdateAssociationProfileCommand(
                id, body.Name, body.Kind, body.HomeRegionCode, body.FoundedOn, body.MemberCount, body.LiaisonLeader,
                body.PresidentName, body.PresidentContact, body.SecretaryGeneralName, body.SecretaryGeneralContact, body.Version),
            ct));

    private static async Task<Ok<AssociationDto>> ChangeAssociationStatus(ISender sender, Guid id, ChangeAssociationStatusRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ChangeAssociationStatusCommand(id, body.Status, body.Version), ct));

    private static async Task<NoContent> DeleteAssociation(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAssociationCommand(id, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<AssociationRatingDto>> AddAssociationRating(ISender sender, Guid id, AddAssociationRatingRequest body, CancellationToken ct)
    {
        var rating = await sender.Send(new AddAssociationRatingCommand(id, body.Level, body.Year, body.Note), ct);
        return TypedResults.Created($"/api/associations/{id}/ratings/{rating.Id}", rating);
    }

    private static async Task<NoContent> RemoveAssociationRating(ISender sender, Guid id, Guid ratingId, int version, CancellationToken ct)
    {
        await sender.Send(new RemoveAssociationRatingCommand(id, ratingId, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<AssociationOfficeDto>> CreateAssociationOffice(ISender sender, Guid id, AssociationOfficeRequest body, CancellationToken ct)
    {
        var office = await sender.Send(new CreateAssociationOfficeCommand(id, body.Name, body.CityRegionCode, body.ContactName, body.ContactPhone), ct);
        return TypedResults.Created($"/api/associations/{id}/offices/{office.Id}", office);
    }

    private static async Task<Ok<AssociationOfficeDto>> UpdateAssociationOffice(ISender sender, Guid id, Guid officeId, UpdateAssociationOfficeRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAssociationOfficeCommand(id, officeId, body.Name, body.CityRegionCode, body.ContactName, body.ContactPhone, body.Version), ct));

    private static async Task<NoContent> DeleteAssociationOffice(ISender sender, Guid id, Guid officeId, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAssociationOfficeCommand(id, officeId, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<AssociationMemberDto>> CreateAssociationMember(ISender sender, Guid id, AssociationMemberRequest body, CancellationToken ct)
    {
        var member = await sender.Send(new CreateAssociationMemberCommand(id, body.CompanyName, body.CreditCode, body.IndustryChainId, body.Position), ct);
        return TypedResults.Created($"/api/associations/{id}/members/{member.Id}", member);
    }

    private static async Task<Ok<AssociationMemberDto>> UpdateAssociationMember(ISender sender, Guid id, Guid memberId, UpdateAssociationMemberRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAssociationMemberCommand(id, memberId, body.CompanyName, body.CreditCode, body.IndustryChainId, body.Position, body.Version), ct));

    private static async Task<NoContent> DeleteAssociationMember(ISender sender, Guid id, Guid memberId, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAssociationMemberCommand(id, memberId, version), ct);
        return TypedResults.NoContent();
    }
}
