using InvestPromo.Api.Hosting;
using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Targets;
using InvestPromo.Application.Targets.Commands.ImportUnitTargets;
using InvestPromo.Application.Targets.Commands.SetUnitTarget;
using InvestPromo.Application.Targets.Queries.GetTargetsImportTemplate;
using InvestPromo.Application.Targets.Queries.ListUnitTargets;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>A unit's targets for a year as sent: the figures, and the version read (null the first time).</summary>
public sealed record SetUnitTargetRequest(TargetFiguresDto Figures, int? Version);

/// <summary>Carrier units' yearly targets (issue 15 item 4, seed 004).</summary>
public static class TargetsEndpoints
{
    private static readonly string[] FigureCodes = ["target.negative", "target.amount-invalid", "target.of-which-too-large", "filing.amount-invalid"];

    public static void MapTargetsEndpoints(this IEndpointRouteBuilder app)
    {
        var targets = app.MapApiGroup("/api/targets", "Targets");
        targets.MapGet("{year:int}", ListUnitTargets).WithName("ListUnitTargets")
            .WithSummary("Every carrier unit's targets for a year (zeros where none were set) and the city's totals, the sum of its units'")
            .RequireAuthorization(Policies.ReadTargets).WithStandardErrors();
        targets.MapPut("{year:int}/units/{unitId:guid}", SetUnitTarget).WithName("SetUnitTarget")
            .WithSummary("Set a unit's targets for a year (send the version you read; none the first time)")
            .WithDescription("A unit that does not exist is 400 on unitId (target.unit-not-found); a negative figure, an amount with more than two decimals or an \"of which\" count above its whole is 400 on its field.")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes(["target.unit-not-found", "target.year-invalid", .. FigureCodes]);
        targets.MapGet("{year:int}/import/template", GetTargetsImportTemplate).WithName("GetTargetsImportTemplate")
            .WithSummary("The .xlsx template for importing a year's targets, one row per unit with its current figures (amounts in 万元)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithSpreadsheet();
        targets.MapPost("import", ImportUnitTargets).WithName("ImportUnitTargets")
            .WithSummary("Import units' targets (multipart field \"file\", .xlsx): all or nothing — any bad row imports nothing and every bad row comes back with its reasons")
            .WithDescription("Row codes: target-import.required, unit-not-found, number-invalid, duplicate-unit, target.year-invalid, target.of-which-too-large.")
            .RequireAuthorization(Policies.Admin).WithBodyLimit(FilingsEndpoints.MaxImportBytes)
            .Accepts<IFormFile>("multipart/form-data").WithStandardErrors().WithWriteErrors()
            .WithErrorCodes([
                "target-import.required", "target-import.unit-not-found", "target-import.number-invalid", "target-import.duplicate-unit", "target.year-invalid",
                .. FigureCodes])
            .WithIdempotency();
    }

    private static async Task<Ok<YearTargetsDto>> ListUnitTargets(ISender sender, int year, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListUnitTargetsQuery(year), ct));

    private static async Task<Ok<UnitTargetDto>> SetUnitTarget(ISender sender, int year, Guid unitId, SetUnitTargetRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetUnitTargetCommand(year, unitId, body.Figures, body.Version), ct));

    private static async Task<FileStreamHttpResult> GetTargetsImportTemplate(ISender sender, int year, CancellationToken ct)
    {
        var file = await sender.Send(new GetTargetsImportTemplateQuery(year), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<TargetImportResultDto>> ImportUnitTargets(ISender sender, IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await sender.Send(new ImportUnitTargetsCommand(file.FileName, buffer.ToArray()), ct));
    }
}
