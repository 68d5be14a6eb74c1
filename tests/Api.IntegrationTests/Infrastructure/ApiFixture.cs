using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.Security;
using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>
/// One running app per test run (per provider): a fresh database, the app migrating and seeding the demo city on
/// start-up, and helpers to sign in. Tests call <see cref="ResetAsync"/> first; the clock only moves forward.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class ApiFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "investpromo-api-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase? database;
    private ApiFactory? factory;
    private bool hasSnapshot;

    public FakeTimeProvider Clock { get; } = new(Start);

    public ApiFactory Factory => factory ?? throw new InvalidOperationException("The fixture has not started.");

    public DatabaseProvider Provider => database?.Provider ?? TestDatabase.RequestedProvider();

    /// <summary>The built SPA the app serves: a folder with index.html and one hashed asset with its .br and .gz files.</summary>
    public string SpaRoot => Path.Combine(folder, "spa");

    public const string SpaMarker = "<!-- investpromo-test-spa -->";

    /// <summary>The SPA's one hashed asset, as the Vite build names it, and its content (the .br and .gz files hold the same).</summary>
    public const string SpaAsset = "/assets/index-Test1234.js";

    public static readonly string SpaAssetContent = string.Concat(Enumerable.Repeat("export const greeting = '招商引资项目管理平台';\n", 200));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(SpaRoot);
        await File.WriteAllTextAsync(Path.Combine(SpaRoot, "index.html"), $"<!doctype html><html><head><title>InvestPromo</title></head><body>{SpaMarker}<div id=\"root\"></div></body></html>");
        await WriteSpaAssetAsync();
        database = await TestDatabase.CreateAsync(folder);
        factory = new ApiFactory(database.Provider, database.ConnectionString, Path.Combine(folder, "data"), SpaRoot, Clock);
        _ = factory.Server; // start the host now: migrations and seeding run here, once
        // INVESTPROMO_TEST_RESEED=1: reset by emptying the tables and running the seeder again (slower; checks the seeder too).
        hasSnapshot = Environment.GetEnvironmentVariable("INVESTPROMO_TEST_RESEED") != "1" && await database.SnapshotAsync();
    }

    /// <summary>The asset, and beside it the Brotli and gzip files the Vite build writes (client/vite.config.ts).</summary>
    private async Task WriteSpaAssetAsync()
    {
        var file = Path.Combine(SpaRoot, SpaAsset.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var content = System.Text.Encoding.UTF8.GetBytes(SpaAssetContent);
        await File.WriteAllBytesAsync(file, content);
        await using (var br = new System.IO.Compression.BrotliStream(File.Create(file + ".br"), System.IO.Compression.CompressionLevel.SmallestSize))
        {
            await br.WriteAsync(content);
        }

        await using var gz = new System.IO.Compression.GZipStream(File.Create(file + ".gz"), System.IO.Compression.CompressionLevel.SmallestSize);
        await gz.WriteAsync(content);
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is left behind, harmlessly.
        }
    }

    /// <summary>
    /// Back to the demo baseline: every table emptied (Respawn on PostgreSQL, DELETEs on SQLite), then the rows the
    /// seeder wrote at start-up put back from the snapshot (same ids, same password hashes). Without a snapshot the
    /// seeder runs again.
    /// </summary>
    public async Task ResetAsync()
    {
        if (hasSnapshot)
        {
            await database!.RestoreAsync();
            return;
        }

        await database!.EmptyAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(CancellationToken.None);
    }

    /// <summary>
    /// Runs a recurring job as Hangfire stored it (its type, method and arguments), in a fresh scope, and returns what it
    /// returned: the test server runs no Hangfire server, so this is the registered job without the polling.
    /// </summary>
    public async Task<int> RunRecurringJobAsync(string id)
    {
        var storage = Factory.Services.GetRequiredService<Hangfire.JobStorage>();
        Hangfire.Common.Job job;
        using (var connection = storage.GetConnection())
        {
            job = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).Single(j => j.Id == id).Job;
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var instance = scope.ServiceProvider.GetRequiredService(job.Type);
        var arguments = job.Method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : job.Args[p.Position]).ToArray();
        return await (Task<int>)job.Method.Invoke(instance, arguments)!;
    }

    /// <summary>A client with a cookie jar that echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on unsafe requests; not signed in.</summary>
    public HttpClient CreateClient(bool sendXsrfHeader = true, WebApplicationFactory<Program>? app = null)
    {
        var cookies = new CookieContainerHandler();
        return sendXsrfHeader
            ? (app ?? Factory).CreateDefaultClient(new Uri("http://localhost"), new XsrfHandler(cookies.Container), cookies)
            : (app ?? Factory).CreateDefaultClient(new Uri("http://localhost"), cookies);
    }

    /// <summary>A client signed in as the user (cookie), sending the XSRF header unless told not to.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password, bool sendXsrfHeader = true)
    {
        var client = CreateClient(sendXsrfHeader);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password, rememberMe = false });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public Task<HttpClient> LoginAsync(DemoLogin login, bool sendXsrfHeader = true) => LoginAsync(login.UserName, login.Password, sendXsrfHeader);

    /// <summary>An admin creates a key with this scope; the client sends it in X-Api-Key.</summary>
    public async Task<HttpClient> ApiKeyClientAsync(string scope, HttpClient? admin = null)
    {
        var (secret, _) = await CreateApiKeyAsync(scope, admin);
        return ApiKeyClient(secret);
    }

    public async Task<(string Secret, Guid Id)> CreateApiKeyAsync(
        string scope, HttpClient? admin = null, DateTimeOffset? expiresAt = null, string? name = null, bool mayReadContacts = false)
    {
        admin ??= await LoginAsync(DemoLogin.Admin);
        var response = await admin.PostAsJsonAsync("/api/api-keys", new { name = name ?? $"test {scope} key", scope, expiresAt, mayReadContacts });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("secret").GetString()!, body.GetProperty("apiKey").GetProperty("id").GetGuid());
    }

    public HttpClient ApiKeyClient(string secret)
    {
        var client = Factory.CreateDefaultClient(new Uri("http://localhost"));
        client.DefaultRequestHeaders.Add(AuthSchemes.ApiKeyHeader, secret);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollectionDefinition : ICollectionFixture<ApiFixture>
{
    public const string Name = "API";
}

/// <summary>The demo users seeded with Seed:Demo (DemoData.Users).</summary>
public sealed record DemoLogin(string UserName, string Password, string Role)
{
    public static readonly DemoLogin Admin = new("admin", "Admin#2026-Demo", "Admin");
    public static readonly DemoLogin Reviewer = new("reviewer", "Reviewer#2026-Demo", "Reviewer");
    public static readonly DemoLogin Filer = new("filer", "Filer#2026-Demo", "Filer");
    public static readonly DemoLogin Filer2 = new("filer2", "Filer#2026-Demo", "Filer");
    public static readonly DemoLogin Leader = new("leader", "Leader#2026-Demo", "Leader");
    public static readonly DemoLogin Association = new("association", "Assoc#2026-Demo", "Association");

    public override string ToString() => UserName;
}
