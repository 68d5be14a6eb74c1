using InvestPromo.Api.Security;
using InvestPromo.Application.PurchasedServices;
using InvestPromo.Application.PurchasedServices.Commands.AddPurchasedServicePayment;
using InvestPromo.Application.PurchasedServices.Commands.AddServiceSubsidy;
using InvestPromo.Application.PurchasedServices.Commands.CreatePurchasedServiceYear;
using InvestPromo.Application.PurchasedServices.Commands.RecordPurchasedServiceEvaluation;
using InvestPromo.Application.PurchasedServices.Commands.RemovePurchasedServiceEntry;
using InvestPromo.Application.PurchasedServices.Commands.UpdatePurchasedServiceYear;
using InvestPromo.Application.PurchasedServices.Queries.GetPurchasedServiceYear;
using InvestPromo.Application.PurchasedServices.Queries.ListPurchasedServiceYears;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdatePurchasedServiceYearRequest(int Version, string Contractor, decimal ContractAmount, decimal BudgetLimit, string? Note);

public sealed record RecordPurchasedServiceEvaluationRequest(int Version, string Result, DateOnly EvaluatedOn, string? Note);

public sealed record AddPurchasedServicePaymentRequest(DateOnly PaidOn, decimal Amount, string? Note);

public sealed record AddServiceSubsidyRequest(Guid AssociationId, DateOnly PaidOn, decimal Amount, string? Note);

/// <summary>The purchased investment-promotion service (以购代补): years, contract payments, evaluation, subsidies to associations.</summary>
public static class PurchasedServiceEndpoints
{
    private static readonly string[] YearCodes =
        ["purchased-service.contractor-invalid", "purchased-service.note-invalid", "purchased-service.amount-invalid", "purchased-service.over-budget"];

    public static void MapPurchasedServiceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/purchased-service", "PurchasedService");
        group.MapGet("", ListPurchasedServiceYears).WithName("ListPurchasedServiceYears").WithSummary("Every year of the purchased service, newest first, with its budget used")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        group.MapGet("{id:guid}", GetPurchasedServiceYear).WithName("GetPurchasedServiceYear").WithSummary("A year with its payments, evaluation, subsidies and budget")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        group.MapPost("", CreatePurchasedServiceYear).WithName("CreatePurchasedServiceYear").WithSummary("Open a year: contractor, contract amount, budget limit (default 3,000,000 yuan)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithWriteErrors().WithErrorCodes([.. YearCodes, "purchased-service.year-exists", "purchased-service.year-invalid"]);
        group.MapPut("{id:guid}", UpdatePurchasedServiceYear).WithName("UpdatePurchasedServiceYear").WithSummary("Change a year's contract or budget (send the version you read)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(YearCodes);
        group.MapPut("{id:guid}/evaluation", RecordPurchasedServiceEvaluation).WithName("RecordPurchasedServiceEvaluation").WithSummary("Record the contractor's year-end evaluation")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("purchased-service.evaluation-invalid", "purchased-service.note-invalid");
        group.MapPost("{id:guid}/payments", AddPurchasedServicePayment).WithName("AddPurchasedServicePayment").WithSummary("Record a payment on the year's contract")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("purchased-service.amount-invalid", "purchased-service.over-budget", "purchased-service.note-invalid");
        group.MapPost("{id:guid}/subsidies", AddServiceSubsidy).WithName("AddServiceSubsidy").WithSummary("Record a service subsidy (服务经费补助) paid to an association")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("purchased-service.amount-invalid", "purchased-service.over-budget", "purchased-service.note-invalid");
        group.MapDelete("{id:guid}/entries/{entryId:guid}", RemovePurchasedServiceEntry).WithName("RemovePurchasedServiceEntry").WithSummary("Remove a payment or subsidy entered by mistake")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("purchased-service.entry-not-found", "entity.already-deleted");
    }

    private static async Task<Ok<IReadOnlyList<PurchasedServiceYearSummaryDto>>> ListPurchasedServiceYears(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPurchasedServiceYearsQuery(), ct));

    private static async Task<Ok<PurchasedServiceYearDto>> GetPurchasedServiceYear(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPurchasedServiceYearQuery(id), ct));

    private static async Task<Created<PurchasedServiceYearDto>> CreatePurchasedServiceYear(ISender sender, CreatePurchasedServiceYearCommand body, CancellationToken ct)
    {
        var year = await sender.Send(body, ct);
        return TypedResults.Created($"/api/purchased-service/{year.Id}", year);
    }

    private static async Task<Ok<PurchasedServiceYearDto>> UpdatePurchasedServiceYear(ISender sender, Guid id, UpdatePurchasedServiceYearRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdatePurchasedServiceYearCommand(id, body.Version, body.Contractor, body.ContractAmount, body.BudgetLimit, body.Note), ct));

    private static async Task<Ok<PurchasedServiceYearDto>> RecordPurchasedServiceEvaluation(ISender sender, Guid id, RecordPurchasedServiceEvaluationRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RecordPurchasedServiceEvaluationCommand(id, body.Version, body.Result, body.EvaluatedOn, body.Note), ct));

    private static async Task<Ok<PurchasedServiceYearDto>> AddPurchasedServicePayment(ISender sender, Guid id, AddPurchasedServicePaymentRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AddPurchasedServicePaymentCommand(id, body.PaidOn, body.Amount, body.Note), ct));

    private static async Task<Ok<PurchasedServiceYearDto>> AddServiceSubsidy(ISender sender, Guid id, AddServiceSubsidyRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AddServiceSubsidyCommand(id, body.AssociationId, body.PaidOn, body.Amount, body.Note), ct));

    private static async Task<Ok<PurchasedServiceYearDto>> RemovePurchasedServiceEntry(ISender sender, Guid id, Guid entryId, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RemovePurchasedServiceEntryCommand(id, entryId), ct));
}
