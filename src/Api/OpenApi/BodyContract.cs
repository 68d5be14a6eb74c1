using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace InvestPromo.Api.OpenApi;

/// <summary>
/// The one rule for what our JSON bodies declare, taken from System.Text.Json's own contract of each record (the same one the
/// server reads and writes with), so every DTO a later change adds is described truthfully without anyone thinking of it:
/// <list type="bullet">
/// <item>Nullable: a member that is nullable in C# (<c>string?</c>, <c>ProjectCategory?</c>, <c>CurrentUserDto?</c>) is
/// nullable in the document, and nothing else is. A nullable reference to a named schema is written
/// <c>{ type, nullable: true, oneOf: [ { $ref }, { enum: [null] } ] }</c>: in OpenAPI 3.0 a <c>$ref</c> takes no siblings,
/// and <c>nullable</c> beside <c>allOf</c> does not let null through the referenced enum's values (Prism and the 3.0.3
/// wording agree), while NSwag and openapi-typescript still type it as the named enum or object, or null.</item>
/// <item>Required in a response: every member the server writes, which is every member (nulls are written), so clients
/// type them as always present.</item>
/// <item>Required in a request: only what the server cannot do without: a C# <c>required</c>/<c>[JsonRequired]</c> member,
/// or a non-nullable reference (a string, a list, an object) without a default value. A nullable member or a value type
/// (a <c>bool</c> such as login's <c>rememberMe</c>, which reads as false when left out) may be omitted.</item>
/// </list>
/// A schema used by both a request and a response (a request that sends back what it read, e.g. a calendar day) keeps the
/// response's list: what the server always writes is what such a request sends whole. Wired by <see cref="AddBodyContract"/>.
/// </summary>
public static class BodyContract
{
    /// <summary>Where the schema filter leaves a schema's request-side required list for the document filter.</summary>
    private const string RequestRequiredKey = "investpromo:request-required";

    public static void AddBodyContract(this SwaggerGenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SchemaFilter<BodyContractSchemaFilter>();
        options.DocumentFilter<BodyContractDocumentFilter>();
    }

    /// <summary>Is this member required in a request body: must a caller send it?</summary>
    private static bool RequiredInRequest(JsonPropertyInfo property, bool nullable) => property.IsRequired
        || (!nullable && !property.PropertyType.IsValueType && property.AssociatedParameter is not { HasDefaultValue: true });

    /// <summary>Is this member nullable: may it be read or written as null?</summary>
    private static bool Nullable(JsonPropertyInfo property) => property.IsGetNullable || property.IsSetNullable;

    /// <summary>Nullability and the response-side required list on each of our object schemas; notes the request-side list.</summary>
    private sealed class BodyContractSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
    {
        // A copy: resolving a contract freezes the options it is asked of.
        private readonly JsonSerializerOptions options = new(json.Value.SerializerOptions);

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (context.Type.Namespace?.StartsWith("InvestPromo.", StringComparison.Ordinal) != true
                || schema is not OpenApiSchema { Properties: { Count: > 0 } properties } concrete
                || options.GetTypeInfo(context.Type) is not { Kind: JsonTypeInfoKind.Object } contract)
            {
                return;
            }

            var written = new SortedSet<string>(StringComparer.Ordinal);
            var mustSend = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var property in contract.Properties)
            {
                if (!properties.TryGetValue(property.Name, out var propertySchema))
                {
                    continue;
                }

                var nullable = Nullable(property);
                properties[property.Name] = WithNullability(propertySchema, property.PropertyType, nullable);
                if (property.Get is not null && property.ShouldSerialize is null)
                {
                    written.Add(property.Name);
                }

                if ((property.Set is not null || property.AssociatedParameter is not null) && RequiredInRequest(property, nullable))
                {
                    mustSend.Add(property.Name);
                }
            }

            concrete.Required = written;
            concrete.Metadata ??= new Dictionary<string, object>(StringComparer.Ordinal);
            concrete.Metadata[RequestRequiredKey] = mustSend;
        }

        private static IOpenApiSchema WithNullability(IOpenApiSchema schema, Type clrType, bool nullable)
        {
            switch (schema)
            {
                case OpenApiSchemaReference reference when nullable:
                    var target = System.Nullable.GetUnderlyingType(clrType) ?? clrType;
                    return new OpenApiSchema
                    {
                        Type = (target.IsEnum ? JsonSchemaType.String : JsonSchemaType.Object) | JsonSchemaType.Null,
                        OneOf = [reference, new OpenApiSchema { Enum = [null!] }],
                    };
                case OpenApiSchema { Type: { } type } inline:
                    inline.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
                    return inline;
                default:
                    return schema;
            }
        }
    }

    /// <summary>Gives the schemas that only requests use (directly or nested), never a response, their request-side required list.</summary>
    private sealed class BodyContractDocumentFilter : IDocumentFilter
    {
        public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
        {
            if (swaggerDoc.Components?.Schemas is not { } schemas)
            {
                return;
            }

            var inRequests = new HashSet<string>(StringComparer.Ordinal);
            var inResponses = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in swaggerDoc.Paths.Values.SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
            {
                foreach (var media in operation.RequestBody?.Content?.Values ?? [])
                {
                    Collect(media.Schema, schemas, inRequests);
                }

                foreach (var media in (operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).SelectMany(r => r.Content?.Values ?? []))
                {
                    Collect(media.Schema, schemas, inResponses);
                }
            }

            foreach (var id in inRequests.Except(inResponses))
            {
                if (schemas[id] is OpenApiSchema { Metadata: { } metadata } schema && metadata.TryGetValue(RequestRequiredKey, out var value)
                    && value is SortedSet<string> mustSend)
                {
                    schema.Required = new SortedSet<string>(mustSend, StringComparer.Ordinal);
                }
            }

            foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
            {
                schema.Metadata?.Remove(RequestRequiredKey);
            }
        }

        private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> seen)
        {
            switch (schema)
            {
                case null:
                    return;
                case OpenApiSchemaReference { Reference.Id: { } id }:
                    if (seen.Add(id) && schemas.TryGetValue(id, out var target))
                    {
                        Collect(target, schemas, seen);
                    }

                    return;
                case OpenApiSchema inline:
                    foreach (var part in (inline.Properties?.Values ?? []).Concat(inline.AllOf ?? []).Concat(inline.OneOf ?? []).Concat(inline.AnyOf ?? []))
                    {
                        Collect(part, schemas, seen);
                    }

                    Collect(inline.Items, schemas, seen);
                    Collect(inline.AdditionalProperties, schemas, seen);
                    return;
            }
        }
    }
}
