using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Publicity;
using InvestPromo.Application.Publicity.Commands.DeletePublicityItem;
using InvestPromo.Application.Publicity.Commands.RecordPublicityItem;
using InvestPromo.Application.Publicity.Commands.UpdatePublicityItem;
using InvestPromo.Application.Publicity.Queries.ExportPublicityItems;
using InvestPromo.Application.Publicity.Queries.ListPublicityItems;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdatePublicityItemRequest(string Medium, DateOnly PublishedOn, string Title, string Url, Guid AssociationId, int Version);

/// <summary>Publicity items (宣传报道, issue 15 item 1): the center records them; leaders and the credited association read them.</summary>
public static class PublicityEndpoints
{
    public static void MapPublicityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/publicity", "Publicity");

        group.MapGet("", ListPublicityItems).WithName("ListPublicityItems")
            .WithSummary("List publicity items (宣传报道) the caller may see: by year, association, a search on title and medium")
            .RequireAuthorization(Policies.ReadPublicity).WithStandardErrors();
        group.MapGet("export", ExportPublicityItems).WithName("ExportPublicityItems")
            .WithSummary("The publicity list with the same filters, every matching row, as an .xlsx file")
            .RequireAuthorization(Policies.ReadPublicity).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
        group.MapPost("", RecordPublicityItem).WithName("RecordPublicityItem")
            .WithSummary("Record a publicity item crediting an association")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("publicity.url-invalid", "publicity.text-invalid");
        group.MapPut("{id:guid}", UpdatePublicityItem).WithName("UpdatePublicityItem")
            .WithSummary("Correct a publicity item")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("publicity.url-invalid", "publicity.text-invalid");
        group.MapDelete("{id:guid}", DeletePublicityItem).WithName("DeletePublicityItem")
            .WithSummary("Delete a publicity item (soft)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("entity.already-deleted");
    }

    private static async Task<Ok<PagedList<PublicityItemDto>>> ListPublicityItems(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, [AsParameters] PublicityFilter filter = null!) =>
        TypedResults.Ok(await sender.Send(new ListPublicityItemsQuery(page, pageSize, filter), ct));

    private static async Task<FileStreamHttpResult> ExportPublicityItems(ISender sender, CancellationToken ct, [AsParameters] PublicityFilter filter = null!)
    {
        var file = await sender.Send(new ExportPublicityItemsQuery(filter), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Created<PublicityItemDto>> RecordPublicityItem(ISender sender, RecordPublicityItemCommand body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/publicity/{created.Id}", created);
    }

    private static async Task<Ok<PublicityItemDto>> UpdatePublicityItem(ISender sender, Guid id, UpdatePublicityItemRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdatePublicityItemCommand(id, body.Medium, body.PublishedOn, body.Title, body.Url, body.AssociationId, body.Version), ct));

    private static async Task<NoContent> DeletePublicityItem(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeletePublicityItemCommand(id, version), ct);
        return TypedResults.NoContent();
    }
}
