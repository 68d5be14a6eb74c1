using System.Reflection;
using System.Text.Json;
using InvestPromo.Api.Endpoints;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Api.OpenApi;
using InvestPromo.Application.Common.Localization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The OpenAPI document an integrator works from tells the truth: every operation says who may call it and which error
/// codes it answers with, and the declared codes are the ones the code can really reach.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class OpenApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>Codes every operation may answer, described once in info.description and implied by its responses.</summary>
    private static readonly HashSet<string> StandardCodes = new(StringComparer.Ordinal)
    {
        "validation.failed", "request.malformed", "request.too-large", "request.unsupported-media-type", "request.method-not-allowed",
        "request.cancelled", "request.rate-limited", "not-found", "forbidden", "unauthorized", "concurrency.stale", "antiforgery.invalid",
        "auth.session-ended", "auth.api-key-read-only", "internal", "storage.unavailable", "database.unavailable",
    };

    /// <summary>
    /// Codes the scan finds that never reach the wire as a code: a missing field at submission is a 400 validation.failed with
    /// one error per field (<c>FilingIncompleteException</c> → <c>RequestValidationException</c>); storage keys are made by
    /// the storage, never typed; the reserve-list rule is checked at start-up.
    /// </summary>
    private static readonly HashSet<string> NeverAnswered = new(StringComparer.Ordinal)
    {
        "filing.incomplete", "attachment.storage-key-invalid", "reserve-list.rule-invalid",
    };

    /// <summary>
    /// Where the scan over-approximates: code the endpoint reaches but that cannot throw the code for its caller. Each entry
    /// says why; keep it short, and never list a code a caller can cause.
    /// </summary>
    private static readonly Dictionary<string, string> CannotAnswer = new(StringComparer.Ordinal)
    {
        ["ChangePassword user.name-taken"] = "UserAccounts maps every Identity result alike; a password change keeps the name",
        ["ResetUserPassword user.name-taken"] = "the same mapping; a reset keeps the name",
        ["UnlockUser user.name-taken"] = "the same mapping; an unlock keeps the name",
        ["UpdateUser user.name-taken"] = "the same mapping; the name is not editable",
        ["AddWorkingDays calendar.days-invalid"] = "the validator refuses days outside 1–366 first (400)",
        ["SaveCalendarYear calendar.days-invalid"] = "recomputed deadlines add a fixed three working days",
        ["ImportCalendarYear calendar.days-invalid"] = "recomputed deadlines add a fixed three working days",
        ["SubmitFiling calendar.days-invalid"] = "the deadline adds a fixed three working days",
        ["PublishWeek calendar.days-invalid"] = "the publicity period's working days are configuration, checked at start-up",
        ["LodgeObjection filing.phone-invalid"] = "a phone number is parsed only after PhoneNumber.IsValid",
        ["GetReserveList filing.amount-invalid"] = "the rule's amount is configuration, checked at start-up",
        ["GetReserveListRegion filing.amount-invalid"] = "the rule's amount is configuration, checked at start-up",
        ["ExportReserveList filing.amount-invalid"] = "the rule's amount is configuration, checked at start-up",
        ["GetLeaderHeadline filing.amount-invalid"] = "the rule's amount is configuration, checked at start-up",
        // An import catches each row's broken rules and answers them in the row's errors, not as the answer's code.
        ["ImportMonthlyReports calendar.days-invalid"] = "the verification deadline adds a fixed three working days",
        ["ImportMonthlyReports external-reference.exists"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports external-reference.invalid"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports filing.amount-invalid"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports project.not-active"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.column-not-for-kind"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.duplicate-in-sheet"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.external-reference-in-sheet"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.field-invalid"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.kind-invalid"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.number-invalid"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.project-ambiguous"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.project-not-found"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.required"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report-import.too-long"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report.amount-negative"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report.month-before-approval"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report.month-not-ended"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report.note-invalid"] = "row errors (each row's code in the answer)",
        ["ImportMonthlyReports report.source-class-mismatch"] = "row errors (each row's code in the answer)",
        ["ImportFilings filing.amount-invalid"] = "row errors",
        ["ImportFilings filing.credit-code-invalid"] = "row errors",
        ["ImportFilings filing.field-invalid"] = "row errors",
        ["ImportFilings filing.fixed-asset-exceeds-total"] = "row errors",
        ["ImportFilings filing.phone-invalid"] = "row errors",
        ["ImportFilings region.inactive"] = "row errors",
    };

    private static readonly Lazy<ErrorCodeReach> Reach = new(() => new ErrorCodeReach(
        [typeof(InvestPromo.Api.Hosting.ApiHost).Assembly, typeof(ErrorMessages).Assembly,
            typeof(InvestPromo.Domain.Common.DomainRuleException).Assembly, typeof(InvestPromo.Infrastructure.Persistence.ApplicationDbContext).Assembly],
        literal => ErrorMessages.IsKnown(literal) && !StandardCodes.Contains(literal) && !NeverAnswered.Contains(literal)));

    [Fact]
    public async Task Every_operation_says_who_may_call_it_and_lists_its_error_codes()
    {
        var faults = new List<string>();
        foreach (var (path, method, operation) in Operations(await DocumentAsync()))
        {
            var description = operation.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
            if (!description.Contains(OperationDescriptionFilter.WhoMayCall, StringComparison.Ordinal))
            {
                faults.Add($"{method} {path}: no \"who may call\"");
            }

            var answersErrors = operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('4'));
            if (answersErrors && !description.Contains(OperationDescriptionFilter.ErrorCodes, StringComparison.Ordinal))
            {
                faults.Add($"{method} {path}: answers 4xx but lists no error codes");
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task Who_may_call_is_derived_from_the_policies()
    {
        var document = await DocumentAsync();

        Assert.Contains("**Who may call:** admins and reviewers; not API keys.", Description(document, "/api/filings/{id}/approve", "post"), StringComparison.Ordinal);
        Assert.Contains("**Who may call:** admins, reviewers, leaders, filers (their own unit's records only) and API keys.", Description(document, "/api/filings", "get"), StringComparison.Ordinal);
        Assert.Contains("**Who may call:** anyone, without signing in (rate-limited per address).", Description(document, "/api/public/publications", "get"), StringComparison.Ordinal);
        // A group's policy (ReadOrganisation) and the endpoint's own (Admin) must both pass: admins only.
        Assert.Contains("**Who may call:** admins; not API keys.", Description(document, "/api/industry-chains", "post"), StringComparison.Ordinal);
        Assert.Contains("- `filing.not-under-review`: The filing is not under review.", Description(document, "/api/filings/{id}/approve", "post"), StringComparison.Ordinal);
        Assert.Contains("409 `concurrency.stale`", Description(document, "/api/filings/{id}/approve", "post"), StringComparison.Ordinal);
        // Only a change that sends the version it read can be stale (a Guid's own Version property does not count).
        Assert.DoesNotContain("concurrency.stale", Description(document, "/api/public/publications/{id}/entries/{entryId}/objections", "post"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_tag_in_use_has_a_description()
    {
        var document = await DocumentAsync();
        var used = Operations(document).SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)).ToHashSet(StringComparer.Ordinal);
        var described = document.GetProperty("tags").EnumerateArray()
            .Where(t => t.TryGetProperty("description", out var description) && !string.IsNullOrWhiteSpace(description.GetString()))
            .Select(t => t.GetProperty("name").GetString()!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(described).Order(StringComparer.Ordinal)); // add it to ApiDescription.Tags
        Assert.Contains("Filings", used);
    }

    [Fact]
    public void Every_declared_error_code_has_its_messages()
    {
        var unknown = Endpoints()
            .SelectMany(e => e.Declared.Where(code => !ErrorMessages.IsKnown(code)).Select(code => $"{e.Name}: {code}"))
            .ToList();

        Assert.True(unknown.Count == 0, "Declared codes without a message in Localized.cs: " + string.Join(", ", unknown));
    }

    /// <summary>
    /// The valuable one: every code an endpoint's code can reach (its handler, the domain methods it calls, the handlers of
    /// the events they raise) is declared with <c>WithErrorCodes</c>, and every declared code can be reached, so neither a
    /// forgotten code nor a stale one survives. The failure message lists the lines to write.
    /// </summary>
    [Fact]
    public void Every_error_code_an_endpoint_can_answer_is_declared_and_no_other()
    {
        var faults = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            // A write marked .WithIdempotency() answers the key's codes from the middleware, before its handler runs.
            var reached = Reach.Value.From(endpoint.Handler).Where(code => !CannotAnswer.ContainsKey(endpoint.Name + " " + code))
                .Union(endpoint.Idempotent ? InvestPromo.Api.Idempotency.IdempotencyKeys.ErrorCodes : [], StringComparer.Ordinal).ToList();
            var missing = reached.Except(endpoint.Declared, StringComparer.Ordinal).ToList();
            var stale = endpoint.Declared.Except(reached, StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || stale.Count > 0)
            {
                faults.Add($"{endpoint.Name}: .WithErrorCodes({string.Join(", ", reached.Select(c => $"\"{c}\""))})"
                    + (missing.Count > 0 ? $"  missing: {string.Join(", ", missing)}" : string.Empty)
                    + (stale.Count > 0 ? $"  not reachable: {string.Join(", ", stale)}" : string.Empty));
            }
        }

        var unused = CannotAnswer.Keys.Where(key => !Endpoints().Any(e => key.StartsWith(e.Name + " ", StringComparison.Ordinal)
            && Reach.Value.From(e.Handler).Contains(key[(e.Name.Length + 1)..]))).ToList();
        faults.AddRange(unused.Select(key => $"CannotAnswer[{key}] is no longer reached: remove it"));
        Assert.True(faults.Count == 0, Environment.NewLine + string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public void The_scan_finds_codes_thrown_by_domain_methods_guards_and_event_handlers()
    {
        // A control: the test above cannot pass by finding nothing.
        var endpoints = Endpoints().ToDictionary(e => e.Name, StringComparer.Ordinal);

        Assert.Contains("filing.not-under-review", Reach.Value.From(endpoints["ApproveFiling"].Handler)); // Filing.Approve
        Assert.Contains("filing.credit-code-invalid", Reach.Value.From(endpoints["CreateFilingDraft"].Handler)); // a value object
        Assert.Contains("region.name-invalid", Reach.Value.From(endpoints["CreateSourceRegion"].Handler)); // Guard.Text
        Assert.Contains("objection.publicity-ended", Reach.Value.From(endpoints["LodgeObjection"].Handler));
        Assert.Empty(Reach.Value.From(endpoints["GetFiling"].Handler)); // a read reaches no rule
    }

    [Fact]
    public async Task Every_example_is_valid_against_its_schema()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var faults = new List<string>();
        var examples = 0;
        foreach (var schema in schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("example", out _)))
        {
            examples++;
            faults.AddRange(SchemaCheck.Validate(schema.Value.GetProperty("example"), schema.Value, schemas, schema.Name));
        }

        foreach (var (path, method, operation) in Operations(document))
        {
            if (operation.TryGetProperty("requestBody", out var body))
            {
                foreach (var media in body.GetProperty("content").EnumerateObject().Where(m => m.Value.TryGetProperty("example", out _)))
                {
                    examples++;
                    faults.AddRange(SchemaCheck.Validate(media.Value.GetProperty("example"), media.Value.GetProperty("schema"), schemas, $"{method} {path} {media.Name}"));
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
        Assert.True(examples >= OpenApiExamples.Types.Count, $"Only {examples} examples in the document.");
        Assert.Contains("filing.not-under-review", schemas.GetProperty("ProblemDetails").GetProperty("example").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_check_refuses_a_wrong_example()
    {
        // A control: the check above can fail.
        using var schemas = JsonDocument.Parse("""{ "A": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "format": "uuid" }, "n": { "type": "integer" }, "s": { "type": "string", "enum": ["X"] } }, "additionalProperties": false } }""");
        using var bad = JsonDocument.Parse("""{ "id": "nope", "n": 1.5, "s": "Y", "extra": true }""");
        using var missing = JsonDocument.Parse("""{ "n": null }""");
        using var good = JsonDocument.Parse("""{ "id": "01938a52-7c4e-7d3a-9f21-4b5c6d7e8f90", "n": 2, "s": "X" }""");
        var schema = schemas.RootElement.GetProperty("A");

        Assert.Equal(4, SchemaCheck.Validate(bad.RootElement, schema, schemas.RootElement, "A").Count);
        Assert.Equal(2, SchemaCheck.Validate(missing.RootElement, schema, schemas.RootElement, "A").Count);
        Assert.Empty(SchemaCheck.Validate(good.RootElement, schema, schemas.RootElement, "A"));
    }

    private sealed record EndpointInfo(string Name, MethodInfo Handler, IReadOnlyList<string> Declared, bool Idempotent);

    private IEnumerable<EndpointInfo> Endpoints() => Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
            && e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null && e.Metadata.GetMetadata<MethodInfo>() is not null)
        .Select(e => new EndpointInfo(
            e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
            e.Metadata.GetMetadata<MethodInfo>()!,
            e.Metadata.GetOrderedMetadata<ErrorCodesMetadata>().SelectMany(m => m.Codes).ToList(),
            e.Metadata.GetMetadata<InvestPromo.Api.Idempotency.IdempotencyMetadata>() is not null));

    private async Task<JsonElement> DocumentAsync() =>
        await (await Fixture.CreateClient().GetAsync("/swagger/v1/swagger.json")).AssertOkJsonAsync();

    private static string Description(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("description").GetString()!;

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(m => (path.Name, m.Name, m.Value)));
}
