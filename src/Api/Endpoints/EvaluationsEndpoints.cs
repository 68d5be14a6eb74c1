using InvestPromo.Api.Security;
using InvestPromo.Application.Evaluations;
using InvestPromo.Application.Evaluations.Commands.ApproveEvaluation;
using InvestPromo.Application.Evaluations.Commands.CopyEvaluationTemplate;
using InvestPromo.Application.Evaluations.Commands.EnterManualScores;
using InvestPromo.Application.Evaluations.Commands.OpenEvaluation;
using InvestPromo.Application.Evaluations.Commands.SaveEvaluationScheme;
using InvestPromo.Application.Evaluations.Queries.GetAssociationEvaluations;
using InvestPromo.Application.Evaluations.Queries.GetEvaluation;
using InvestPromo.Application.Evaluations.Queries.GetEvaluationRevision;
using InvestPromo.Application.Evaluations.Queries.GetEvaluationScheme;
using InvestPromo.Application.Evaluations.Queries.GetPublicEvaluation;
using InvestPromo.Application.Evaluations.Queries.ListEvaluations;
using InvestPromo.Application.Evaluations.Queries.ListEvaluationSchemes;
using InvestPromo.Application.Evaluations.Queries.ListEvaluationTemplates;
using InvestPromo.Application.Evaluations.Queries.ListPublicEvaluations;
using InvestPromo.Domain.Evaluations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record OpenEvaluationRequest(int Year);

public sealed record SaveEvaluationSchemeRequest(string Name, decimal TotalScore, IReadOnlyList<EvaluationGroup> Groups, int? Version);

public sealed record CopyEvaluationTemplateRequest(string Template, int? Version);

public sealed record EnterManualScoresRequest(IReadOnlyList<ManualScoreInput> Scores, string? Reason);

public sealed record ApproveEvaluationRequest(int Version, string? Reason);

/// <summary>The yearly association evaluation (issue 15 items 2 and 3): schemes, the evaluation, manual scores, approval, the public 榜单.</summary>
public static class EvaluationsEndpoints
{
    private static readonly string[] SchemeCodes = ["evaluation-scheme.in-use", "evaluation-scheme.invalid"];

    public static void MapEvaluationsEndpoints(this IEndpointRouteBuilder app)
    {
        var schemes = app.MapApiGroup("/api/evaluation-schemes", "Evaluations");
        schemes.MapGet("", ListEvaluationSchemes).WithName("ListEvaluationSchemes").WithSummary("Every year's evaluation scheme (locked once the year's evaluation is open)")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        schemes.MapGet("templates", ListEvaluationTemplates).WithName("ListEvaluationTemplates").WithSummary("The shipped scheme templates (Changde's four areas, Hunan's three)")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        schemes.MapGet("{year:int}", GetEvaluationScheme).WithName("GetEvaluationScheme").WithSummary("A year's evaluation scheme")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        schemes.MapPut("{year:int}", SaveEvaluationScheme).WithName("SaveEvaluationScheme")
            .WithSummary("Create (no version) or replace (the version read) a year's scheme; maxima must sum to the total")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors().WithErrorCodes(SchemeCodes);
        schemes.MapPost("{year:int}/copy", CopyEvaluationTemplate).WithName("CopyEvaluationTemplate")
            .WithSummary("Copy a template (hunan, changde) into a year's scheme (no version: create; else the version read)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors().WithErrorCodes(SchemeCodes);

        var evaluations = app.MapApiGroup("/api/evaluations", "Evaluations");
        evaluations.MapGet("", ListEvaluations).WithName("ListEvaluations").WithSummary("Every year's association evaluation, newest first")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors();
        evaluations.MapPost("", OpenEvaluation).WithName("OpenEvaluation")
            .WithSummary("Open a closed year's evaluation (idempotent: a year already open answers the existing one)")
            .WithDescription("What the yearly job does at 00:30 China time on 1 December: freezes the scheme, snapshots every data indicator of every active association, opens manual scoring and tells the reviewers, in one transaction.")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors().WithErrorCodes("evaluation.period-not-ended", "evaluation-scheme.invalid", "calendar.days-invalid");
        evaluations.MapGet("{year:int}", GetEvaluation).WithName("GetEvaluation")
            .WithSummary("A year's evaluation: scheme, frozen values, scores, totals and ranks, approved revisions")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();
        evaluations.MapPut("{year:int}/associations/{associationId:guid}/scores", EnterManualScores).WithName("EnterManualScores")
            .WithSummary("Enter or correct an association's manual scores (each with a note and evidence; the version read when editing)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("evaluation.reason-required", "evaluation.indicator-not-manual", "evaluation.score-out-of-range", "evaluation.text-invalid");
        evaluations.MapPost("{year:int}/approve", ApproveEvaluation).WithName("ApproveEvaluation")
            .WithSummary("Approve and publish the results as a new revision (the top N, ties at the last place included)")
            .RequireAuthorization(Policies.ApproveRewards).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("evaluation.manual-scores-missing", "evaluation.already-approved");
        evaluations.MapGet("{year:int}/revisions/{number:int}", GetEvaluationRevision).WithName("GetEvaluationRevision")
            .WithSummary("An approved revision as approved (every association, published or not)")
            .RequireAuthorization(Policies.ReadRegistry).WithStandardErrors().WithNotFound();

        var open = app.MapApiGroup("/api/public/evaluations", "Public").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        open.MapGet("", ListPublicEvaluations).WithName("ListPublicEvaluations").WithSummary("Anyone: the years with a published 榜单")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        open.MapGet("{year:int}", GetPublicEvaluation).WithName("GetPublicEvaluation")
            .WithSummary("Anyone: a year's published 榜单 (the latest revision unless one is asked for); no contacts")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests).WithNotFound();

        app.MapApiGroup("/api/association-portal", "Evaluations").MapGet("evaluations", GetAssociationEvaluations).WithName("GetAssociationEvaluations")
            .WithSummary("The signed-in association's own score and rank in each published evaluation")
            .RequireAuthorization(Policies.AssociationPortal).WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<EvaluationSchemeDto>>> ListEvaluationSchemes(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListEvaluationSchemesQuery(), ct));

    private static async Task<Ok<IReadOnlyList<EvaluationTemplateDto>>> ListEvaluationTemplates(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListEvaluationTemplatesQuery(), ct));

    private static async Task<Ok<EvaluationSchemeDto>> GetEvaluationScheme(ISender sender, int year, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetEvaluationSchemeQuery(year), ct));

    private static async Task<Ok<EvaluationSchemeDto>> SaveEvaluationScheme(ISender sender, int year, SaveEvaluationSchemeRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SaveEvaluationSchemeCommand(year, body.Name, body.TotalScore, body.Groups, body.Version), ct));

    private static async Task<Ok<EvaluationSchemeDto>> CopyEvaluationTemplate(ISender sender, int year, CopyEvaluationTemplateRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CopyEvaluationTemplateCommand(year, body.Template, body.Version), ct));

    private static async Task<Ok<IReadOnlyList<EvaluationSummaryDto>>> ListEvaluations(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListEvaluationsQuery(), ct));

    private static async Task<Ok<EvaluationSummaryDto>> OpenEvaluation(ISender sender, OpenEvaluationRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new OpenEvaluationCommand(body.Year), ct));

    private static async Task<Ok<EvaluationDetailDto>> GetEvaluation(ISender sender, int year, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetEvaluationQuery(year), ct));

    private static async Task<Ok<EvaluationDetailDto>> EnterManualScores(ISender sender, int year, Guid associationId, EnterManualScoresRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new EnterManualScoresCommand(year, associationId, body.Scores, body.Reason), ct));

    private static async Task<Ok<EvaluationDetailDto>> ApproveEvaluation(ISender sender, int year, ApproveEvaluationRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveEvaluationCommand(year, body.Version, body.Reason), ct));

    private static async Task<Ok<EvaluationRevisionDto>> GetEvaluationRevision(ISender sender, int year, int number, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetEvaluationRevisionQuery(year, number), ct));

    private static async Task<Ok<IReadOnlyList<PublicEvaluationYearDto>>> ListPublicEvaluations(ISender sender, HttpResponse response, CancellationToken ct)
    {
        var answer = await sender.Send(new ListPublicEvaluationsQuery(), ct);
        response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Ok(answer);
    }

    private static async Task<Ok<PublicEvaluationDto>> GetPublicEvaluation(ISender sender, HttpResponse response, int year, CancellationToken ct, int? revision = null)
    {
        var answer = await sender.Send(new GetPublicEvaluationQuery(year, revision), ct);
        response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Ok(answer);
    }

    private static async Task<Ok<IReadOnlyList<AssociationEvaluationResultDto>>> GetAssociationEvaluations(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAssociationEvaluationsQuery(), ct));
}
