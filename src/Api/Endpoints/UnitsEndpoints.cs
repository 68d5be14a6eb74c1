using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Units;
using InvestPromo.Application.Units.Commands.CreateUnit;
using InvestPromo.Application.Units.Commands.DeleteUnit;
using InvestPromo.Application.Units.Commands.UpdateUnit;
using InvestPromo.Application.Units.Queries.GetUnit;
using InvestPromo.Application.Units.Queries.ListUnits;
using InvestPromo.Domain.Organisation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateUnitRequest(string Name, UnitKind Kind, string? Description, int Version);

public static class UnitsEndpoints
{
    public static void MapUnitsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/units", "Units");

        group.MapGet("", ListUnits).WithName("ListUnits").WithSummary("List carrier units (a filer sees only its own)")
            .RequireAuthorization(Policies.ReadOrganisation).WithStandardErrors();
        group.MapGet("{id:guid}", GetUnit).WithName("GetUnit").WithSummary("One carrier unit")
            .RequireAuthorization(Policies.ReadOrganisation).WithStandardErrors().WithNotFound();
        group.MapPost("", CreateUnit).WithName("CreateUnit").WithSummary("Create a carrier unit")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("unit.code-taken", "unit.code-invalid", "unit.name-invalid", "unit.kind-invalid", "unit.description-invalid");
        group.MapPut("{id:guid}", UpdateUnit).WithName("UpdateUnit").WithSummary("Update a carrier unit (send the version you read)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("unit.center-kind-fixed", "unit.name-invalid", "unit.kind-invalid", "unit.description-invalid");
        group.MapDelete("{id:guid}", DeleteUnit).WithName("DeleteUnit").WithSummary("Delete a carrier unit (soft delete; refused while it has active users)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("unit.has-users", "unit.center-cannot-be-deleted", "entity.already-deleted");
    }

    private static async Task<Ok<PagedList<UnitDto>>> ListUnits(ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, UnitKind? kind = null, string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListUnitsQuery(page, pageSize, kind, search), ct));

    private static async Task<Ok<UnitDto>> GetUnit(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUnitQuery(id), ct));

    private static async Task<Created<UnitDto>> CreateUnit(ISender sender, CreateUnitCommand body, CancellationToken ct)
    {
        var unit = await sender.Send(body, ct);
        return TypedResults.Created($"/api/units/{unit.Id}", unit);
    }

    private static async Task<Ok<UnitDto>> UpdateUnit(ISender sender, Guid id, UpdateUnitRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateUnitCommand(id, body.Name, body.Kind, body.Description, body.Version), ct));

    private static async Task<NoContent> DeleteUnit(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteUnitCommand(id, version), ct);
        return TypedResults.NoContent();
    }
}
