using InvestPromo.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace InvestPromo.Api.OpenApi;

/// <summary>
/// The OpenAPI document integrators and the generated TypeScript client rely on: both security schemes, every
/// response of every operation, stable schema names.
/// </summary>
public static class OpenApiSetup
{
    public const string CookieScheme = "cookie";
    public const string ApiKeyScheme = "apiKey";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) => services
        .AddEndpointsApiExplorer()
        .AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "InvestPromo API",
                Version = "v1",
                Description = ApiDescription.Info,
                Contact = new OpenApiContact { Name = "投资促进中心信息化组", Email = "it@investpromo.example.cn" },
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://investpromo.example.cn/license") },
            });
            options.AddServer(new OpenApiServer { Url = "/", Description = "This server" });
            options.AddSecurityDefinition(CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = ".InvestPromo.Auth",
                Description = "The SPA's session cookie, set by POST /api/auth/login. Unsafe requests must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "An integrator's API key, created by an admin. Read-only keys may only send GET requests.",
            });
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<OptionalFormFieldsFilter>();
            options.OperationFilter<OperationDescriptionFilter>();
            options.OperationFilter<OpenApiExamples>();
            options.SchemaFilter<OpenApiExamples>();
            options.OperationFilter<IdempotencyHeaderFilter>();
            options.DocumentFilter<TagDescriptionsFilter>();
            options.SchemaFilter<ProblemCodeSchemaFilter>();
            options.AddBodyContract();
            options.SupportNonNullableReferenceTypes();
            // Filters bound with [AsParameters] (FilingFilter) are named by their properties: the query string is camelCase.
            options.DescribeAllParametersInCamelCase();
            options.CustomSchemaIds(SchemaId);
        });

    /// <summary>
    /// Serves the OpenAPI document (/swagger/v1/swagger.json) to anyone in every environment: integrators need it. Swagger UI
    /// (/swagger) only when <see cref="OpenApiUiOptions.SwaggerUi"/> is on (Development and build/run.sh; off by default);
    /// when off, /swagger paths are a 404, never the SPA's index page.
    /// </summary>
    public static void UseOpenApiDocument(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSwagger(options => options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0);
        var ui = app.Configuration.GetSection(OpenApiUiOptions.Section).Get<OpenApiUiOptions>() ?? new OpenApiUiOptions();
        if (ui.SwaggerUi)
        {
            app.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint("/swagger/v1/swagger.json", "InvestPromo API v1");
                options.DocumentTitle = "InvestPromo API";
            });
        }
        else
        {
            app.Map("/swagger/{**path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        }
    }

    private static string SchemaId(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}Of{string.Join("And", type.GetGenericArguments().Select(SchemaId))}"
        : type.Name;

    private sealed class SecurityOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            operation.Security ??= [];
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] });
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
        }
    }

    /// <summary>
    /// A multipart form field that is not required may be left out: marked nullable, so generated clients let callers
    /// omit it (e.g. the calendar import's <c>version</c>, absent for a new year) instead of refusing to send the form.
    /// </summary>
    private sealed class OptionalFormFieldsFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (operation.RequestBody?.Content is not { } content || !content.TryGetValue("multipart/form-data", out var form)
                || form.Schema is not OpenApiSchema { Properties: { Count: > 0 } properties } schema)
            {
                return;
            }

            foreach (var (name, property) in properties)
            {
                if (schema.Required?.Contains(name) != true && property is OpenApiSchema { Type: { } type } field)
                {
                    field.Type = type | JsonSchemaType.Null;
                }
            }
        }
    }

    /// <summary>Documents the extensions every problem answer carries: the stable error code and the trace id.</summary>
    private sealed class ProblemCodeSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (!typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema concrete)
            {
                return;
            }

            concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
            concrete.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable machine-readable error code, e.g. validation.failed, not-found, concurrency.stale, unit.has-users." };
            concrete.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Trace id to quote when reporting a problem." };
        }
    }

    /// <summary>The tags the operations use, each with its description from <see cref="ApiDescription.Tags"/>.</summary>
    private sealed class TagDescriptionsFilter : IDocumentFilter
    {
        public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
        {
            var used = context.ApiDescriptions
                .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().SelectMany(t => t.Tags))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            swaggerDoc.Tags = new HashSet<OpenApiTag>(used.Select(tag => new OpenApiTag
            {
                Name = tag,
                Description = ApiDescription.Tags.TryGetValue(tag, out var description) ? description : null,
            }));
        }
    }
}

/// <summary>Settings of section "OpenApi".</summary>
public sealed class OpenApiUiOptions
{
    public const string Section = "OpenApi";

    /// <summary>Serve Swagger UI at /swagger. On in Development (appsettings.Development.json) and build/run.sh; off by default.</summary>
    public bool SwaggerUi { get; set; }
}
