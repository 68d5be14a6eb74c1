using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Rewards;
using InvestPromo.Application.Rewards.Commands.ApproveRewardCalculation;
using InvestPromo.Application.Rewards.Commands.CalculateRewards;
using InvestPromo.Application.Rewards.Commands.ConfirmRewardImpact;
using InvestPromo.Application.Rewards.Commands.CreateRewardPolicy;
using InvestPromo.Application.Rewards.Commands.PayRewardCalculation;
using InvestPromo.Application.Rewards.Commands.SubmitRewardCalculation;
using InvestPromo.Application.Rewards.Commands.UpdateRewardPolicy;
using InvestPromo.Application.Rewards.Queries.ExportRewardLines;
using InvestPromo.Application.Rewards.Queries.GetAssociationRewards;
using InvestPromo.Application.Rewards.Queries.GetRewardCalculation;
using InvestPromo.Application.Rewards.Queries.GetRewardDiff;
using InvestPromo.Application.Rewards.Queries.ListRewardCalculations;
using InvestPromo.Application.Rewards.Queries.ListRewardLines;
using InvestPromo.Application.Rewards.Queries.ListRewardPolicies;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Rewards;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateRewardPolicyRequest(
    string Name, DateOnly ValidFrom, DateOnly ValidTo, decimal ThresholdYuan, decimal Rate, IReadOnlyList<ProjectCategory> ExcludedCategories, decimal AnnualCapYuan, int Version);

public sealed record PayRewardsRequest(DateOnly PaidOn, string VoucherNumber, int Version);

/// <summary>Reward policies, the yearly calculation and the association portal's rewards (issue 14 items 6 and 7).</summary>
public static class RewardsEndpoints
{
    private static readonly string[] PolicyCodes =
        ["reward-policy.overlap", "reward-policy.dates-invalid", "reward-policy.amount-invalid", "reward-policy.category-invalid", "reward-policy.name-invalid"];

    public static void MapRewardsEndpoints(this IEndpointRouteBuilder app)
    {
        var policies = app.MapApiGroup("/api/reward-policies", "Rewards");
        policies.MapGet("", ListRewardPolicies).WithName("ListRewardPolicies").WithSummary("List the reward policies (versioned, never overlapping)")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        policies.MapPost("", CreateRewardPolicy).WithName("CreateRewardPolicy").WithSummary("Add a reward policy (a successor; overlapping another is 409)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors().WithErrorCodes(PolicyCodes);
        policies.MapPut("{id:guid}", UpdateRewardPolicy).WithName("UpdateRewardPolicy").WithSummary("Correct a reward policy no approved calculation used (send the version you read)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes([.. PolicyCodes, "reward-policy.in-use"]);

        var rewards = app.MapApiGroup("/api/rewards", "Rewards");
        rewards.MapGet("calculations", ListRewardCalculations).WithName("ListRewardCalculations").WithSummary("List the yearly reward calculations, every revision")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        rewards.MapPost("calculations", CalculateRewards).WithName("CalculateRewards")
            .WithSummary("Calculate or recalculate a year's rewards (the open draft, or a new revision after approval)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithWriteErrors().WithErrorCodes("reward.year-not-ended", "reward.status-invalid");
        rewards.MapGet("calculations/{id:guid}", GetRewardCalculation).WithName("GetRewardCalculation")
            .WithSummary("A reward calculation with each association's sum, cap reduction and payable amount")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        rewards.MapGet("calculations/{id:guid}/lines", ListRewardLines).WithName("ListRewardLines").WithSummary("A page of a calculation's lines, filtered")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        rewards.MapGet("calculations/{id:guid}/lines/export", ExportRewardLines).WithName("ExportRewardLines").WithSummary("A calculation's lines as an .xlsx file")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound().WithSpreadsheet();
        rewards.MapGet("calculations/{id:guid}/diff", GetRewardDiff).WithName("GetRewardDiff")
            .WithSummary("A revision's differences against the approved revision before it")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        rewards.MapPost("calculations/{id:guid}/submit", SubmitRewardCalculation).WithName("SubmitRewardCalculation").WithSummary("Submit a draft calculation for approval")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("reward.status-invalid");
        rewards.MapPost("calculations/{id:guid}/approve", ApproveRewardCalculation).WithName("ApproveRewardCalculation")
            .WithSummary("Approve a submitted calculation (frozen; the associations are notified)")
            .RequireAuthorization(Policies.ApproveRewards).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("reward.status-invalid", "reward.actor-invalid");
        rewards.MapPost("calculations/{id:guid}/pay", PayRewardCalculation).WithName("PayRewardCalculation").WithSummary("Record an approved calculation as paid (date, voucher)")
            .RequireAuthorization(Policies.ApproveRewards).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("reward.status-invalid", "reward.paid-before-approval", "reward.voucher-invalid");
        rewards.MapPost("impact-confirmations", ConfirmRewardImpact).WithName("ConfirmRewardImpact")
            .WithSummary("Confirm a project's positive local impact in a year (its reward line stops being pending)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes("reward.actor-invalid");

        app.MapApiGroup("/api/association-portal", "Rewards").MapGet("rewards", GetAssociationRewards).WithName("GetAssociationRewards")
            .WithSummary("The signed-in association's own lines of approved reward calculations, by year")
            .RequireAuthorization(Policies.AssociationPortal).WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<RewardPolicyDto>>> ListRewardPolicies(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListRewardPoliciesQuery(), ct));

    private static async Task<Created<RewardPolicyDto>> CreateRewardPolicy(ISender sender, CreateRewardPolicyCommand body, CancellationToken ct)
    {
        var policy = await sender.Send(body, ct);
        return TypedResults.Created($"/api/reward-policies/{policy.Id}", policy);
    }

    private static async Task<Ok<RewardPolicyDto>> UpdateRewardPolicy(ISender sender, Guid id, UpdateRewardPolicyRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateRewardPolicyCommand(
            id, body.Name, body.ValidFrom, body.ValidTo, body.ThresholdYuan, body.Rate, body.ExcludedCategories, body.AnnualCapYuan, body.Version), ct));

    private static async Task<Ok<IReadOnlyList<RewardCalculationDto>>> ListRewardCalculations(ISender sender, CancellationToken ct, int? year = null) =>
        TypedResults.Ok(await sender.Send(new ListRewardCalculationsQuery(year), ct));

    private static async Task<Ok<RewardCalculationDto>> CalculateRewards(ISender sender, CalculateRewardsCommand body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body, ct));

    private static async Task<Ok<RewardCalculationDetailDto>> GetRewardCalculation(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetRewardCalculationQuery(id), ct));

    private static async Task<Ok<PagedList<RewardLineDto>>> ListRewardLines(
        ISender sender, Guid id, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, Guid? associationId = null, RewardOutcome? outcome = null, string? search = null) =>
        TypedResults.Ok(await sender.Send(new ListRewardLinesQuery(id, page, pageSize, associationId, outcome, search), ct));

    private static async Task<FileStreamHttpResult> ExportRewardLines(
        ISender sender, Guid id, CancellationToken ct, Guid? associationId = null, RewardOutcome? outcome = null, string? search = null)
    {
        var file = await sender.Send(new ExportRewardLinesQuery(id, associationId, outcome, search), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<RewardDiffDto>> GetRewardDiff(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetRewardDiffQuery(id), ct));

    private static async Task<Ok<RewardCalculationDto>> SubmitRewardCalculation(ISender sender, Guid id, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitRewardCalculationCommand(id, body.Version), ct));

    private static async Task<Ok<RewardCalculationDto>> ApproveRewardCalculation(ISender sender, Guid id, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveRewardCalculationCommand(id, body.Version), ct));

    private static async Task<Ok<RewardCalculationDto>> PayRewardCalculation(ISender sender, Guid id, PayRewardsRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new PayRewardCalculationCommand(id, body.PaidOn, body.VoucherNumber, body.Version), ct));

    private static async Task<Ok<RewardImpactConfirmationDto>> ConfirmRewardImpact(ISender sender, ConfirmRewardImpactCommand body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body, ct));

    private static async Task<Ok<IReadOnlyList<AssociationRewardYearDto>>> GetAssociationRewards(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAssociationRewardsQuery(), ct));
}
