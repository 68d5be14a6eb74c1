using System.Globalization;
using System.Text.Json.Serialization;
using Hangfire;
using InvestPromo.Api.Endpoints;
using InvestPromo.Api.Errors;
using InvestPromo.Api.Idempotency;
using InvestPromo.Api.OpenApi;
using InvestPromo.Api.Security;
using InvestPromo.Application;
using InvestPromo.Application.Auth;
using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvestPromo.Api.Hosting;

/// <summary>Composition of the web host: services, then the request pipeline, in one readable place.</summary>
public static class ApiHost
{
    /// <summary>The environment in which the Swashbuckle CLI builds the host: no database work at all.</summary>
    public const string OpenApiGenerationEnvironment = "OpenApiGeneration";

    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("zh"), new("en-US"), new("en")];

    public static void AddInvestPromo(this WebApplicationBuilder builder, bool startDatabase)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddUseCases(configuration, builder.Environment, startDatabase);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Smart;
                options.DefaultChallengeScheme = AuthSchemes.Smart;
                options.DefaultForbidScheme = AuthSchemes.Smart;
            })
            .AddPolicyScheme(AuthSchemes.Smart, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey : AuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddIdentityCookies();
        // Server-side sessions (SessionCookieEvents): idle timeout and absolute lifetime from "Sessions"; the cookie lives as long.
        var sessions = configuration.GetSection(UserSessionOptions.Section).Get<UserSessionOptions>() ?? new UserSessionOptions();
        services.AddScoped<SessionCookieEvents>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".InvestPromo.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = sessions.AbsoluteLifetime;
            options.SlidingExpiration = true;
            options.EventsType = typeof(SessionCookieEvents);
        });
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, CachedTicketFormat.Setup>();
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = SessionCookieEvents.KeepSessionClaim;
        });
        services.AddAuthorization(Policies.Configure);
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryCookie.HeaderName;
            options.Cookie.Name = ".InvestPromo.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimits(configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions());
        services.Configure<RequestLimitOptions>(configuration.GetSection(RequestLimitOptions.Section));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.Customize);
        services.AddExceptionHandler<ExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ConfigureJson(options.JsonSerializerOptions));
        services.AddRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture("zh-CN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
        });
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        services.AddOpenApiDocument();
        services.AddJsonCompression();
        builder.AddTelemetry();
    }

    /// <summary>
    /// Everything a command or query needs, without HTTP: Application, Infrastructure, and Mediator with its pipeline.
    /// The web host adds HTTP on top; Application.IntegrationTests builds a plain service provider from this alone.
    /// </summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool startDatabase)
    {
        services.AddApplication();
        services.AddInfrastructure(configuration, environment, startDatabase);
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Domain too: the domain events live there, and Mediator ignores a published notification of a type it was not shown.
            options.Assemblies = [typeof(Application.DependencyInjection), typeof(Domain.Common.Entity)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });
        return services;
    }

    public static void UseInvestPromo(this WebApplication app)
    {
        var limits = app.Configuration.GetSection(RequestLimitOptions.Section).Get<RequestLimitOptions>() ?? new RequestLimitOptions();

        var proxies = app.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (proxies.Enabled)
        {
            app.UseForwardedHeaders(proxies.ToForwardedHeadersOptions());
        }

        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }

        app.UseHttpLogging();
        app.UseRequestBodyLimit(limits.MaxBodyBytes);

        app.UseOpenApiDocument();

        var spa = SpaHosting.FindSpaFiles(app.Configuration, app.Environment);
        if (spa is not null)
        {
            app.UseSpaFiles(spa);
        }

        app.UseJsonCompression();

        app.UseAuthentication();
        app.UseRateLimiter();
        // Before authorization: a read-only key that writes is told so (auth.api-key-read-only), whatever the endpoint's policy.
        app.UseApiKeyScopes();
        app.UseAuthorization();
        app.UseCookieCsrfProtection();
        // Last before the endpoints: a request refused above (not signed in, not allowed, no CSRF token) claims no key.
        app.UseIdempotencyKeys();

        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapTelemetry();

        app.MapAuthEndpoints();
        app.MapUnitsEndpoints();
        app.MapUsersEndpoints();
        app.MapApiKeysEndpoints();
        app.MapWebhooksEndpoints();
        app.MapAuditEndpoints();
        app.MapReferenceDataEndpoints();
        app.MapCalendarEndpoints();
        app.MapAssociationsEndpoints();
        app.MapAssociationPortalEndpoints();
        app.MapRewardsEndpoints();
        app.MapEvaluationsEndpoints();
        app.MapCreditsEndpoints();
        app.MapPurchasedServiceEndpoints();
        app.MapPeopleEndpoints();
        app.MapLeadsEndpoints();
        app.MapPromotionEventsEndpoints();
        app.MapPublicityEndpoints();
        app.MapTargetsEndpoints();
        app.MapQuarterlyEndpoints();
        app.MapFilingsEndpoints();
        app.MapNotificationsEndpoints();
        app.MapFilingAttachmentsEndpoints();
        app.MapPublicationsEndpoints();
        app.MapObjectionsEndpoints();
        app.MapChangesEndpoints();
        app.MapProjectsEndpoints();
        app.MapProjectReportImportEndpoints();
        app.MapProjectEvidenceEndpoints();
        app.MapProjectQueueEndpoints();
        app.MapProjectReportsEndpoints();
        app.MapProjectMilestonesEndpoints();
        app.MapProjectServiceEndpoints();
        app.MapAnalysisEndpoints();
        app.MapWorkbenchEndpoints();

        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AppPath = "/",
            DashboardTitle = "InvestPromo 后台任务",
        }).RequireAuthorization(Policies.Admin);

        // Unknown API paths are 404 problems (405/415 when the path exists for other methods or content types), never the SPA's index page.
        var fallback = new ApiPathFallback(app.Services.GetRequiredService<EndpointDataSource>());
        app.Map("/api/{**path}", fallback.AnswerAsync).AllowAnonymous().ExcludeFromDescription();
        if (spa is not null)
        {
            app.MapSpaFallback(spa);
        }
    }

    private static void ConfigureJson(System.Text.Json.JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(
            options.TypeInfoResolver ?? new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), RequiredRequestMembers.Apply);
    }
}
