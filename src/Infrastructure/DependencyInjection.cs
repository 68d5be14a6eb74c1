using InvestPromo.Application.Analysis;
using InvestPromo.Application.Objections;
using InvestPromo.Application.Projects.Service;
using InvestPromo.Application.Publications;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Application.ReserveList;
using InvestPromo.Application.Auth;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Notifications;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Application.Idempotency;
using InvestPromo.Application.Users;
using InvestPromo.Application.Webhooks;
using InvestPromo.Infrastructure.Calendar;
using InvestPromo.Infrastructure.Excel;
using InvestPromo.Infrastructure.Idempotency;
using InvestPromo.Infrastructure.Identity;
using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Notifications;
using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Interceptors;
using InvestPromo.Infrastructure.Persistence.Providers;
using InvestPromo.Infrastructure.Persistence.Seeding;
using InvestPromo.Infrastructure.Security;
using InvestPromo.Infrastructure.Storage;
using InvestPromo.Infrastructure.Webhooks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace InvestPromo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Database (provider from "Database:Provider"), identity stores, jobs and seeding.
    /// <paramref name="startDatabase"/> false registers no start-up work (used when only the OpenAPI document is wanted).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool startDatabase = true)
    {
        var database = (configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).Validated();
        var connectionString = ConnectionString(configuration, environment, database.Provider);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));

        services.AddSingleton(TimeProvider.System);
        // Data-protection keys in the database, one application name, encrypted with a certificate when one is configured ("DataProtection").
        services.AddSharedKeyRing(configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions(), environment);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<InvestPromo.Application.Rewards.IRewardLineWriter, Rewards.RewardLineWriter>();
        services.AddScoped<DispatchDomainEventsInterceptor>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<CalendarCacheInterceptor>();
        services.AddScoped<ChangeFeedWriter>();
        services.AddScoped<ApprovalTotalsWriter>();
        services.AddScoped<IApprovalTotalsWriter>(sp => sp.GetRequiredService<ApprovalTotalsWriter>());

        var contextType = DatabaseSetup.ContextType(database.Provider);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            DatabaseSetup.EnsureSqliteFolder(connectionString);
        }

        void Configure(IServiceProvider sp, DbContextOptionsBuilder options) => options
            .Use(database.Provider, connectionString, database)
            .AddInterceptors(sp.GetRequiredService<DispatchDomainEventsInterceptor>(), sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<CalendarCacheInterceptor>(), sp.GetRequiredService<ChangeFeedWriter>(), sp.GetRequiredService<ApprovalTotalsWriter>());

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteApplicationDbContext>(Configure);
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PostgreSqlApplicationDbContext>(Configure);
                break;
            default:
                services.AddDbContext<SqlServerApplicationDbContext>(Configure);
                break;
        }

        services.AddScoped(sp => (ApplicationDbContext)sp.GetRequiredService(contextType));
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());

        services.AddIdentityCore<ApplicationUser>(IdentitySetup.Configure)
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<UserClaimsFactory>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<ISignInService, SignInService>();
        services.AddSingleton((configuration.GetSection(SignInThrottleOptions.Section).Get<SignInThrottleOptions>() ?? new SignInThrottleOptions()).Validated());
        services.AddSingleton<SignInThrottling>();
        services.AddSingleton<RateLimiting.SharedRateLimitWindows>();
        services.AddSingleton<UnknownUserPassword>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, LoggingNotificationChannel>());
        services.AddSingleton<IApiKeySecrets, ApiKeySecrets>();
        // What an uploaded workbook may inflate to ("Uploads" section), checked before and while it is read.
        services.AddSingleton((configuration.GetSection(UploadLimitOptions.Section).Get<UploadLimitOptions>() ?? new UploadLimitOptions()).Validated());
        services.AddSingleton<ISpreadsheets, MiniExcelSpreadsheets>();
        services.Configure<Documents.DocumentOptions>(configuration.GetSection(Documents.DocumentOptions.Section));
        services.AddSingleton<ICertificateDocuments, Documents.PdfCertificateDocuments>();
        services.AddSingleton<WorkingCalendarCache>();
        services.AddScoped<WorkingCalendarSource>();
        services.AddScoped<IWorkingCalendarSource>(sp => sp.GetRequiredService<WorkingCalendarSource>());
        services.AddScoped<IWorkingCalendar>(sp => sp.GetRequiredService<WorkingCalendarSource>());

        // The reserve list's rule (储备项目): "ReserveList" section, defaults Signed / 10亿; checked at start-up, and the old rule's
        // keys refused (its any-stage branch is gone: a configured one would otherwise be ignored without a word).
        var reserveSection = configuration.GetSection(ReserveListOptions.Section);
        if (ReserveListOptions.RemovedKeys.FirstOrDefault(key => reserveSection[key] is not null) is { } removed)
        {
            throw new InvalidOperationException(
                $"{ReserveListOptions.Section}:{removed} is no longer read: the reserve list is mature AND large, configured by {ReserveListOptions.Section}:{nameof(ReserveListOptions.MinStage)} and {ReserveListOptions.Section}:{nameof(ReserveListOptions.MinAmountYuan)}.");
        }

        var reserveList = reserveSection.Get<ReserveListOptions>() ?? new ReserveListOptions();
        reserveList.ToRule();
        services.AddSingleton(reserveList);

        // Follow-up service ("ProjectService" section): revisit intervals by stage, checked at start-up (7–366 days each).
        var projectService = configuration.GetSection(ProjectServiceOptions.Section).Get<ProjectServiceOptions>() ?? new ProjectServiceOptions();
        services.AddSingleton(projectService);
        services.AddSingleton(projectService.ToPolicy());

        // Quarterly scheduling ("Quarterly" section): tolerance, score weights (sum 100), categories per metric; checked at start-up.
        var quarterly = configuration.GetSection(Application.Quarterly.QuarterlyOptions.Section).Get<Application.Quarterly.QuarterlyOptions>()
            ?? new Application.Quarterly.QuarterlyOptions();
        services.AddSingleton(quarterly);
        services.AddSingleton(quarterly.ToScoring());

        // The home city the sources of investment are classed from: "Region:HomeCityCode", default 430700 常德; checked at start-up.
        services.AddSingleton((configuration.GetSection(RegionOptions.Section).Get<RegionOptions>() ?? new RegionOptions()).Validated());

        // Attachments: limits from "Attachments", bytes on disk under "Attachments:StoragePath" (default <App:DataPath>/attachments).
        var attachments = configuration.GetSection(AttachmentOptions.Section).Get<AttachmentOptions>() ?? new AttachmentOptions();
        services.AddSingleton(attachments);
        services.AddSingleton(configuration.GetSection(PublicationOptions.Section).Get<PublicationOptions>() ?? new PublicationOptions());
        services.AddSingleton(configuration.GetSection(Application.Evaluations.EvaluationOptions.Section).Get<Application.Evaluations.EvaluationOptions>() ?? new Application.Evaluations.EvaluationOptions());
        services.AddSingleton(configuration.GetSection(ObjectionOptions.Section).Get<ObjectionOptions>() ?? new ObjectionOptions());
        // Idempotency-Keys ("Idempotency" section): retention, in-progress timeout, largest kept answer; checked at start-up.
        services.AddSingleton((configuration.GetSection(IdempotencyOptions.Section).Get<IdempotencyOptions>() ?? new IdempotencyOptions()).Validated());
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddSingleton((configuration.GetSection(UserSessionOptions.Section).Get<UserSessionOptions>() ?? new UserSessionOptions()).Validated());
        services.AddScoped<UserSessions>();

        // Webhooks ("Webhooks" section): secrets protected by Data Protection, targets checked at registration and at connect time.
        var webhooks = (configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions()).Validated();
        services.AddSingleton(webhooks);
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton<IWebhookTargets>(sp => sp.GetRequiredService<WebhookTargets>());
        services.AddSingleton<IWebhookSecrets, WebhookSecrets>();
        services.AddScoped<IWebhookSender, WebhookSender>();
        services.AddScoped<IWebhookDeliveryTrigger, WebhookDeliveryTrigger>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookSender.CreateHandler(sp.GetRequiredService<WebhookTargets>()));
        // The bytes of attachments and evidence: "Storage:Provider" Disk (default; "Attachments:StoragePath") or S3 ("Storage:S3"),
        // checked at start-up.
        var storage = (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).Validated();
        services.AddSingleton(storage);
        if (storage.Provider == StorageProvider.S3)
        {
            services.AddSingleton<IFileStorage>(_ => S3FileStorage.Create(storage.S3));
        }
        else
        {
            services.AddSingleton<IFileStorage>(new DiskFileStorage(AttachmentStoragePath(configuration, environment)));
        }

        var hangfire = configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        if (!startDatabase)
        {
            hangfire.ServerEnabled = false;
        }

        // Readiness (/health/ready): the database, the attachment store (a probe file, answer kept 30 s), a live job server.
        services.AddSingleton(hangfire);
        services.AddSingleton<FileStorageHealthCheck>();
        services.AddHealthChecks()
            .AddDbContextCheck<ApplicationDbContext>("database", tags: ["ready"])
            .AddCheck<FileStorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<JobServerHealthCheck>("jobs", tags: ["ready"]);
        services.AddMetrics();

        services.AddJobs(database.Provider, connectionString, hangfire);
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DemoFilings>();
        services.AddScoped<DemoProjects>();
        services.AddScoped<DemoAssociations>();
        services.AddScoped<DemoRewards>();
        services.AddScoped<DemoQuarterly>();
        services.AddScoped<DemoCredits>();
        services.AddScoped<DemoPeople>();
        services.AddScoped<DemoLeads>();
        services.AddScoped<DemoEvents>();
        services.AddScoped<DemoEvaluations>();
        if (startDatabase)
        {
            services.AddHostedService<DatabaseInitializer>();
            services.AddHostedService<KeyRingReport>();
        }

        return services;
    }

    /// <summary>The app's own files (SQLite database, attachments): "App:DataPath", default ./data.</summary>
    public static string DataPath(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataPath = configuration["App:DataPath"];
        return string.IsNullOrWhiteSpace(dataPath) ? Path.Combine(environment.ContentRootPath, "data") : Path.GetFullPath(dataPath, environment.ContentRootPath);
    }

    /// <summary>The disk store's folder: "Attachments:StoragePath", default &lt;App:DataPath&gt;/attachments.</summary>
    public static string AttachmentStoragePath(IConfiguration configuration, IHostEnvironment environment)
    {
        var storagePath = configuration["Attachments:StoragePath"];
        return string.IsNullOrWhiteSpace(storagePath)
            ? Path.Combine(DataPath(configuration, environment), "attachments")
            : Path.GetFullPath(storagePath, environment.ContentRootPath);
    }

    /// <summary>"ConnectionStrings:Default"; for SQLite it defaults to a file in "App:DataPath" (default: ./data).</summary>
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment, DatabaseProvider provider)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"ConnectionStrings:Default is required for the {provider} provider.");
        }

        return $"Data Source={Path.Combine(DataPath(configuration, environment), "investpromo.db")}";
    }
}

public static class IdentitySetup
{
    /// <summary>ASVS L2 (V2.1.1): at least 12 characters; the most common passwords are refused too (<see cref="CommonPasswordValidator"/>).</summary>
    public const int PasswordMinLength = 12;

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = PasswordMinLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        // Failed sign-ins are counted by SignInThrottling (section "SignIn"), not by Identity's per-account counter, which let
        // anyone lock any account with five guesses; Identity's lockout end still holds an account lock and shows it to admins.
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }
}
