using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>The real app in environment "Testing", on the test database, with a fake clock and fast password hashing.</summary>
public sealed class ApiFactory(DatabaseProvider provider, string connectionString, string dataPath, string spaRoot, FakeTimeProvider clock)
    : WebApplicationFactory<Program>
{
    /// <summary>Set INVESTPROMO_TEST_LOGS=1 to see the app's warnings and errors on the console.</summary>
    private static readonly bool ShowLogs = Environment.GetEnvironmentVariable("INVESTPROMO_TEST_LOGS") == "1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Default"] = connectionString,
            ["App:DataPath"] = dataPath,
            ["Seed:Demo"] = "true",
            ["Hangfire:ServerEnabled"] = "false",
            ["RateLimiting:LoginPerMinute"] = "100000",
            ["RateLimiting:GlobalPerMinute"] = "100000",
            ["RateLimiting:PublicPerMinute"] = "100000",
            ["RateLimiting:ReceiptLookupPerMinute"] = "100000",
            ["RateLimiting:ObjectionPerMinute"] = "100000",
            ["Spa:RootPath"] = spaRoot,
            ["Webhooks:AllowLoopbackTargets"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            if (ShowLogs)
            {
                logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            }
        });

        builder.ConfigureTestServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IStartupFilter, TestClientAddressFilter>();
        });
    }
}

/// <summary>
/// The test server has no network peer: a request may name the client address it stands for in
/// <see cref="Header"/> (per-address limits). Requests without it keep no address, as before.
/// </summary>
public sealed class TestClientAddressFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
