using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The OpenAPI document tells the truth about bodies (<c>Api/OpenApi/BodyContract.cs</c>): a member nullable in C# is nullable in
/// the schema and nothing else is; a response requires every member (the server writes them all, nulls included); a request
/// requires only what the server cannot do without. Pinned on the cases Prism found, then checked on every schema, with the
/// C# side read by reflection (not through the filter's own System.Text.Json contract).
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class OpenApiContractTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly Assembly[] BodyAssemblies = [typeof(OpenApi.OpenApiSetup).Assembly, typeof(Application.Filings.FilingDto).Assembly];

    [Theory]
    [InlineData("FilingDto", "category", "ProjectCategory", "string")]
    [InlineData("FilingDto", "stage", "ProjectStage", "string")]
    [InlineData("FilingDto", "scaleBand", "ScaleBand", "string")]
    [InlineData("FilingListItemDto", "category", "ProjectCategory", "string")]
    [InlineData("AnalysisGroupDto", "regionKind", "SourceRegionKind", "string")]
    [InlineData("FilingAnalysisDto", "period", "AnalysisPeriod", "string")]
    [InlineData("ObjectionDto", "remedy", "ObjectionRemedy", "string")]
    [InlineData("SessionDto", "user", "CurrentUserDto", "object")]
    public async Task A_nullable_member_that_refers_to_a_named_schema_is_that_schema_or_null_and_always_sent(string schema, string property, string target, string type)
    {
        var schemas = await SchemasAsync();

        var declared = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);

        // { type, nullable: true, oneOf: [ { $ref }, { enum: [null] } ] }: what Prism, NSwag and openapi-typescript all read as "the enum (or object), or null".
        Assert.Equal(type, declared.GetProperty("type").GetString());
        Assert.True(declared.GetProperty("nullable").GetBoolean());
        var oneOf = declared.GetProperty("oneOf").EnumerateArray().ToList();
        Assert.Equal(2, oneOf.Count);
        Assert.Equal($"#/components/schemas/{target}", oneOf[0].GetProperty("$ref").GetString());
        Assert.Equal(JsonValueKind.Null, Assert.Single(oneOf[1].GetProperty("enum").EnumerateArray()).ValueKind);
        Assert.Contains(property, Required(schemas.GetProperty(schema)));
    }

    [Fact]
    public async Task Login_requires_the_name_and_password_but_not_rememberMe_which_callers_leave_out()
    {
        var login = (await SchemasAsync()).GetProperty("LoginCommand");

        Assert.Equal(["password", "userName"], Required(login).Order(StringComparer.Ordinal));
        Assert.False(login.GetProperty("properties").GetProperty("rememberMe").TryGetProperty("nullable", out _));
    }

    [Fact]
    public async Task A_draft_may_be_created_with_nothing_and_updated_with_nothing_but_its_version()
    {
        var schemas = await SchemasAsync();

        Assert.Empty(Required(schemas.GetProperty("CreateFilingDraftCommand")));
        Assert.Equal("version", Assert.Single(Required(schemas.GetProperty("UpdateFilingRequest"))));
        Assert.True(schemas.GetProperty("UpdateFilingRequest").GetProperty("properties").GetProperty("category").GetProperty("nullable").GetBoolean());
    }

    [Fact]
    public async Task Every_body_member_is_nullable_exactly_when_it_is_in_CSharp_and_required_as_its_direction_says()
    {
        var document = await (await Fixture.CreateClient().GetAsync("/swagger/v1/swagger.json")).AssertOkJsonAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var (inRequests, inResponses) = Directions(document, schemas);
        var problems = new List<string>();
        var checkedMembers = 0;

        foreach (var schema in schemas.EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties) || ClrType(schema.Name) is not { } type)
            {
                continue;
            }

            var requestOnly = inRequests.Contains(schema.Name) && !inResponses.Contains(schema.Name);
            var required = Required(schema.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
                if (!properties.TryGetProperty(name, out var declared))
                {
                    problems.Add($"{schema.Name}.{name}: missing from the schema");
                    continue;
                }

                checkedMembers++;
                var nullable = IsNullable(member);
                var declaredNullable = declared.TryGetProperty("nullable", out var flag) && flag.GetBoolean();
                if (nullable != declaredNullable && (declared.TryGetProperty("type", out _) || declared.TryGetProperty("$ref", out _)))
                {
                    problems.Add($"{schema.Name}.{name}: {(nullable ? "nullable" : "not nullable")} in C#, {(declaredNullable ? "nullable" : "not nullable")} in the document");
                }

                var mustBeRequired = !requestOnly || MustSend(type, member, nullable);
                if (mustBeRequired != required.Contains(name))
                {
                    problems.Add($"{schema.Name}.{name}: {(requestOnly ? "request" : "response")} member should {(mustBeRequired ? "" : "not ")}be required");
                }
            }
        }

        Assert.True(checkedMembers > 300, $"only {checkedMembers} members were checked: are the body types still found?");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<JsonElement> SchemasAsync() =>
        (await (await Fixture.CreateClient().GetAsync("/swagger/v1/swagger.json")).AssertOkJsonAsync()).GetProperty("components").GetProperty("schemas");

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];

    /// <summary>Our body type with this schema name (the schema id is the type's name); generic ones are left out.</summary>
    private static Type? ClrType(string schemaName)
    {
        var matches = BodyAssemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Name == schemaName && !t.IsGenericType && !t.IsEnum && t.Namespace?.StartsWith("InvestPromo.", StringComparison.Ordinal) == true)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static bool IsNullable(PropertyInfo member) => Nullable.GetUnderlyingType(member.PropertyType) is not null
        || (!member.PropertyType.IsValueType && new NullabilityInfoContext().Create(member).ReadState == NullabilityState.Nullable);

    /// <summary>A request must carry a member the server cannot do without: C# required, or a non-nullable reference without a default.</summary>
    private static bool MustSend(Type type, PropertyInfo member, bool nullable)
    {
        if (member.GetCustomAttribute<RequiredMemberAttribute>() is not null || member.GetCustomAttribute<JsonRequiredAttribute>() is not null
            || (member.Name == "Version" && member.PropertyType == typeof(int)) || (member.Name == "IsActive" && member.PropertyType == typeof(bool)))
        {
            // Also the edit's version and the active flag, which would change data if left out (Api/Hosting/RequiredRequestMembers.cs).
            return true;
        }

        var parameter = type.GetConstructors().SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
        return !nullable && !member.PropertyType.IsValueType && parameter?.HasDefaultValue != true;
    }

    /// <summary>The schemas each direction reaches, nested ones included.</summary>
    private static (HashSet<string> Requests, HashSet<string> Responses) Directions(JsonElement document, JsonElement schemas)
    {
        var requests = new HashSet<string>(StringComparer.Ordinal);
        var responses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
        {
            if (operation.Value.TryGetProperty("requestBody", out var body))
            {
                Reach(body, schemas, requests);
            }

            if (operation.Value.TryGetProperty("responses", out var answers))
            {
                Reach(answers, schemas, responses);
            }
        }

        Assert.Contains("LoginCommand", requests);
        Assert.Contains("FilingDto", responses);
        return (requests, responses);
    }

    private static void Reach(JsonElement element, JsonElement schemas, HashSet<string> seen)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.GetString() is { } reference)
                    {
                        var name = reference[(reference.LastIndexOf('/') + 1)..];
                        if (seen.Add(name))
                        {
                            Reach(schemas.GetProperty(name), schemas, seen);
                        }
                    }
                    else
                    {
                        Reach(property.Value, schemas, seen);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Reach(item, schemas, seen);
                }

                break;
        }
    }
}
