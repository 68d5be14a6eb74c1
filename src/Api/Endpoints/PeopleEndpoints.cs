using InvestPromo.Api.Hosting;
using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.People;
using InvestPromo.Application.People.Ambassadors;
using InvestPromo.Application.People.Ambassadors.Commands.CreateAmbassador;
using InvestPromo.Application.People.Ambassadors.Commands.DeleteAmbassador;
using InvestPromo.Application.People.Ambassadors.Commands.ReappointAmbassador;
using InvestPromo.Application.People.Ambassadors.Commands.UpdateAmbassador;
using InvestPromo.Application.People.Ambassadors.Queries.ExportAmbassadors;
using InvestPromo.Application.People.Ambassadors.Queries.GetAmbassador;
using InvestPromo.Application.People.Ambassadors.Queries.GetAmbassadorCertificate;
using InvestPromo.Application.People.Ambassadors.Queries.ListAmbassadors;
using InvestPromo.Application.People.Natives;
using InvestPromo.Application.People.Natives.Commands.CreateNative;
using InvestPromo.Application.People.Natives.Commands.DeleteNative;
using InvestPromo.Application.People.Natives.Commands.ImportNatives;
using InvestPromo.Application.People.Natives.Commands.UpdateNative;
using InvestPromo.Application.People.Natives.Queries.ExportNatives;
using InvestPromo.Application.People.Natives.Queries.GetNativeImportTemplate;
using InvestPromo.Application.People.Natives.Queries.ListNatives;
using InvestPromo.Application.People.Queries.ListRecommenderOptions;
using InvestPromo.Application.Targeting;
using InvestPromo.Application.Targeting.Queries.ExportTargeting;
using InvestPromo.Application.Targeting.Queries.GetTargeting;
using InvestPromo.Domain.Credits;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateAmbassadorRequest(
    string Name,
    string CertificateNumber,
    int Version,
    string? Phone = null,
    string? Email = null,
    string? Organisation = null,
    string? Title = null,
    string? CityRegionCode = null,
    Guid? IndustryChainId = null,
    Guid? AssociationId = null,
    DateOnly? AppointedOn = null,
    string? Note = null);

public sealed record ReappointAmbassadorRequest(string CertificateNumber, DateOnly? AppointedOn = null);

public sealed record UpdateNativeRequest(
    string Name,
    int Version,
    string? NativeCounty = null,
    string? Company = null,
    string? Position = null,
    Guid? IndustryChainId = null,
    string? CityRegionCode = null,
    Guid? AssociationId = null,
    bool IsListed = false,
    IReadOnlyList<string>? Tags = null,
    string? Phone = null,
    string? Email = null);

/// <summary>
/// Issue 14 item 3, the people of the registry: investment ambassadors (招商大使) with their printable certificates, the directory
/// of notable natives elsewhere (在外知名人士名录) with its spreadsheets, and targeting (按图索骥). Read by the center's staff
/// (reviewers, admins, leaders), written by reviewers and admins; phone and e-mail only for the center's staff.
/// </summary>
public static class PeopleEndpoints
{
    private const string PdfContentType = "application/pdf";

    private static readonly string[] AmbassadorCodes =
    [
        "ambassador.certificate-exists", "ambassador.year-invalid", "ambassador.name-invalid", "ambassador.certificate-invalid", "ambassador.contact-invalid",
        "ambassador.organisation-invalid", "ambassador.city-invalid", "ambassador.note-invalid",
    ];

    private static readonly string[] NativeCodes =
    [
        "native.name-invalid", "native.county-invalid", "native.company-invalid", "native.city-invalid", "native.contact-invalid", "native.tags-invalid",
    ];

    public static void MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var ambassadors = app.MapApiGroup("/api/ambassadors", "People");
        ambassadors.MapGet("", ListAmbassadors).WithName("ListAmbassadors")
            .WithSummary("List investment ambassadors (招商大使), newest year first: filter by year, name/certificate/organisation, industry chain, city (a province covers its cities)")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        ambassadors.MapGet("export", ExportAmbassadors).WithName("ExportAmbassadors").WithSummary("The ambassador list with the same filters as an .xlsx file")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithSpreadsheet();
        ambassadors.MapGet("{id:guid}", GetAmbassador).WithName("GetAmbassador").WithSummary("One ambassador with the projects credited to them")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        ambassadors.MapGet("{id:guid}/certificate.pdf", GetAmbassadorCertificate).WithName("GetAmbassadorCertificate")
            .WithSummary("The ambassador's printable certificate (聘书) as an A4 PDF")
            .WithDescription("Needs a font with Chinese glyphs on the server (configuration Documents:ChineseFontPaths); without one the answer is 409 certificate.font-missing and the SPA prints its own certificate page.")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound()
            .Produces<FileResult>(StatusCodes.Status200OK, PdfContentType).ProducesProblem(StatusCodes.Status409Conflict)
            .WithErrorCodes("certificate.font-missing");
        ambassadors.MapPost("", CreateAmbassador).WithName("CreateAmbassador").WithSummary("Appoint an ambassador for a year (the certificate number is unique in the year)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithWriteErrors().WithErrorCodes(AmbassadorCodes).WithIdempotency();
        ambassadors.MapPut("{id:guid}", UpdateAmbassador).WithName("UpdateAmbassador").WithSummary("Edit an appointment (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes([.. AmbassadorCodes, "entity.already-deleted"]);
        ambassadors.MapPost("{id:guid}/reappoint", ReappointAmbassador).WithName("ReappointAmbassador")
            .WithSummary("Reappoint for the next year (续聘): a new appointment with a new certificate number")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes([.. AmbassadorCodes, "entity.already-deleted"]);
        ambassadors.MapDelete("{id:guid}", DeleteAmbassador).WithName("DeleteAmbassador").WithSummary("Delete an appointment (soft delete)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");

        var natives = app.MapApiGroup("/api/natives", "People");
        natives.MapGet("", ListNatives).WithName("ListNatives")
            .WithSummary("List notable natives elsewhere (在外知名人士): filter by name/company, industry chain, city (a province covers its cities), tag, listed company")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        natives.MapGet("export", ExportNatives).WithName("ExportNatives").WithSummary("The directory with the same filters as an .xlsx file in the import template's columns")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithSpreadsheet();
        natives.MapGet("import/template", GetNativeImportTemplate).WithName("GetNativeImportTemplate")
            .WithSummary("The .xlsx template for importing notable natives: the header row, and a sheet with the rules, the industry chains and the associations")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithSpreadsheet();
        natives.MapPost("import", ImportNatives).WithName("ImportNatives")
            .WithSummary("Import filled-in rows (multipart field \"file\", .xlsx, at most 10 MiB and 5,000 rows); valid rows are saved together, invalid rows come back with their reasons and stable codes")
            .WithDescription("Row codes: native-import.required, too-long, chain-not-found, association-not-found, listed-invalid, field-invalid, and the directory's own rules (native.tags-invalid …).")
            .RequireAuthorization(Policies.Reviewer).WithBodyLimit(FilingsEndpoints.MaxImportBytes)
            .Accepts<IFormFile>("multipart/form-data").WithStandardErrors().WithWriteErrors()
            .WithErrorCodes([
                "native-import.association-not-found", "native-import.chain-not-found", "native-import.field-invalid", "native-import.listed-invalid",
                "native-import.required", "native-import.too-long", .. NativeCodes])
            .WithIdempotency();
        natives.MapPost("", CreateNative).WithName("CreateNative").WithSummary("Add a notable native to the directory")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithWriteErrors().WithErrorCodes(NativeCodes).WithIdempotency();
        natives.MapPut("{id:guid}", UpdateNative).WithName("UpdateNative").WithSummary("Edit a notable native (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes([.. NativeCodes, "entity.already-deleted"]);
        natives.MapDelete("{id:guid}", DeleteNative).WithName("DeleteNative").WithSummary("Delete a notable native (soft delete)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("entity.already-deleted");

        var people = app.MapApiGroup("/api/people", "People");
        people.MapGet("recommenders", ListRecommenderOptions).WithName("ListRecommenderOptions")
            .WithSummary("Pick a recommender or a lead's source: this year's appointed ambassadors, or the notable natives, by name (id and name only, at most 50)")
            .RequireAuthorization(Policies.PickRecommenders).WithStandardErrors();

        var targeting = app.MapApiGroup("/api/targeting", "People");
        targeting.MapGet("", GetTargeting).WithName("GetTargeting")
            .WithSummary("按图索骥: for an area (a province covers its cities) and optionally an industry chain, the associations at home there, offices there, member companies in the chain and notable natives")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        targeting.MapGet("export", ExportTargeting).WithName("ExportTargeting").WithSummary("按图索骥 as an .xlsx file, a sheet per group")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithSpreadsheet();
    }

    private static FileStreamHttpResult File(SpreadsheetFile file) => TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);

    private static async Task<Ok<PagedList<AmbassadorDto>>> ListAmbassadors(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, int? year = null, string? search = null, Guid? industryChainId = null,
        string? cityRegionCode = null) =>
        TypedResults.Ok(await sender.Send(new ListAmbassadorsQuery(page, pageSize, year, search, industryChainId, cityRegionCode), ct));

    private static async Task<FileStreamHttpResult> ExportAmbassadors(
        ISender sender, CancellationToken ct, int? year = null, string? search = null, Guid? industryChainId = null, string? cityRegionCode = null) =>
        File(await sender.Send(new ExportAmbassadorsQuery(year, search, industryChainId, cityRegionCode), ct));

    private static async Task<Ok<AmbassadorDetailDto>> GetAmbassador(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAmbassadorQuery(id), ct));

    private static async Task<FileContentHttpResult> GetAmbassadorCertificate(ISender sender, Guid id, CancellationToken ct)
    {
        var file = await sender.Send(new GetAmbassadorCertificateQuery(id), ct);
        return TypedResults.File(file.Content, PdfContentType, file.FileName);
    }

    private static async Task<Created<AmbassadorDto>> CreateAmbassador(ISender sender, CreateAmbassadorCommand body, CancellationToken ct)
    {
        var ambassador = await sender.Send(body, ct);
        return TypedResults.Created($"/api/ambassadors/{ambassador.Id}", ambassador);
    }

    private static async Task<Ok<AmbassadorDto>> UpdateAmbassador(ISender sender, Guid id, UpdateAmbassadorRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateAmbassadorCommand(
            id, body.Name, body.CertificateNumber, body.Version, body.Phone, body.Email, body.Organisation, body.Title, body.CityRegionCode, body.IndustryChainId,
            body.AssociationId, body.AppointedOn, body.Note), ct));

    private static async Task<Created<AmbassadorDto>> ReappointAmbassador(ISender sender, Guid id, ReappointAmbassadorRequest body, CancellationToken ct)
    {
        var ambassador = await sender.Send(new ReappointAmbassadorCommand(id, body.CertificateNumber, body.AppointedOn), ct);
        return TypedResults.Created($"/api/ambassadors/{ambassador.Id}", ambassador);
    }

    private static async Task<NoContent> DeleteAmbassador(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteAmbassadorCommand(id, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedList<NativeDto>>> ListNatives(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, string? search = null, Guid? industryChainId = null,
        string? cityRegionCode = null, string? tag = null, bool? isListed = null) =>
        TypedResults.Ok(await sender.Send(new ListNativesQuery(page, pageSize, search, industryChainId, cityRegionCode, tag, isListed), ct));

    private static async Task<FileStreamHttpResult> ExportNatives(
        ISender sender, CancellationToken ct, string? search = null, Guid? industryChainId = null, string? cityRegionCode = null, string? tag = null, bool? isListed = null) =>
        File(await sender.Send(new ExportNativesQuery(search, industryChainId, cityRegionCode, tag, isListed), ct));

    private static async Task<FileStreamHttpResult> GetNativeImportTemplate(ISender sender, CancellationToken ct) =>
        File(await sender.Send(new GetNativeImportTemplateQuery(), ct));

    private static async Task<Ok<NativeImportResultDto>> ImportNatives(ISender sender, IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await sender.Send(new ImportNativesCommand(file.FileName, buffer.ToArray()), ct));
    }

    private static async Task<Created<NativeDto>> CreateNative(ISender sender, CreateNativeCommand body, CancellationToken ct)
    {
        var native = await sender.Send(body, ct);
        return TypedResults.Created($"/api/natives/{native.Id}", native);
    }

    private static async Task<Ok<NativeDto>> UpdateNative(ISender sender, Guid id, UpdateNativeRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateNativeCommand(
            id, body.Name, body.Version, body.NativeCounty, body.Company, body.Position, body.IndustryChainId, body.CityRegionCode, body.AssociationId, body.IsListed,
            body.Tags, body.Phone, body.Email), ct));

    private static async Task<NoContent> DeleteNative(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeleteNativeCommand(id, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<RecommenderOptionDto>>> ListRecommenderOptions(ISender sender, RecommenderKind kind, CancellationToken ct, string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListRecommenderOptionsQuery(kind, search), ct));

    private static async Task<Ok<TargetingResultDto>> GetTargeting(ISender sender, string regionCode, CancellationToken ct, Guid? industryChainId = null) =>
        TypedResults.Ok(await sender.Send(new GetTargetingQuery(regionCode, industryChainId), ct));

    private static async Task<FileStreamHttpResult> ExportTargeting(ISender sender, string regionCode, CancellationToken ct, Guid? industryChainId = null) =>
        File(await sender.Send(new ExportTargetingQuery(regionCode, industryChainId), ct));
}
