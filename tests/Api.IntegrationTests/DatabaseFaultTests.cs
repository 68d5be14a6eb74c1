using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using InvestPromo.Api.Errors;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Xunit.Abstractions;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// A database that restarts, drops connections or cannot be reached: retried by EF's execution strategy (PostgreSQL, SQL
/// Server), else answered 503 <c>database.unavailable</c> with Retry-After; never a 500, and every acknowledged write stored.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class DatabaseFaultTests(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    public override Task DisposeAsync()
    {
        // Terminated backends may still sit idle in this process's pools (the test database's own helpers use them).
        NpgsqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_answers_503_with_Retry_After_and_a_code_never_500()
    {
        var unreachable = Fixture.Provider == DatabaseProvider.PostgreSql
            ? $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Password=Fault-Secret-1;Database=investpromo;Timeout=5"
            : $"Data Source={Path.Combine(Path.GetTempPath(), "investpromo-missing-" + Guid.NewGuid().ToString("N")[..8], "gone.db")};Mode=ReadWrite";
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Default", unreachable)
            .UseSetting("Database:MaxRetryCount", "1")
            .UseSetting("Database:MaxRetryDelay", "00:00:00.100")
            .ConfigureTestServices(services =>
            {
                // No start-up migration or seeding: the app runs as one whose database went away after it started.
                var initializer = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DatabaseInitializer));
                services.Remove(initializer);
            }));
        var anonymous = Fixture.CreateClient(app: app);

        foreach (var response in new[]
        {
            await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoLogin.Admin.Password, rememberMe = false }),
            await anonymous.GetAsync("/api/public/publications"),
        })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
            Assert.Equal("5", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal(ExceptionHandler.DatabaseUnavailable, problem.GetProperty("code").GetString());
            Assert.Equal("数据库暂时无法访问，请稍后重试。", problem.GetProperty("title").GetString());
            Assert.DoesNotContain("Fault-Secret-1", body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, int> Faults => new()
    {
        { "retries ran out on a refused connection", 503 },
        { "a save whose connection was terminated", 503 },
        { "the pool waited too long", 503 },
        { "SQLite busy", 503 },
        { "a unique index refused the row", 500 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Database_faults_are_mapped_in_one_place(string fault, int status)
    {
        Exception exception = fault switch
        {
            "retries ran out on a refused connection" => new RetryLimitExceededException("Retries ran out.", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))),
            "a save whose connection was terminated" => new DbUpdateException("Save failed.", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")),
            "the pool waited too long" => new InvalidOperationException("Pool.", new TimeoutException("The connection pool has been exhausted.")),
            "SQLite busy" => new DbUpdateException("Save failed.", new SqliteException("database is locked", 5)),
            _ => new DbUpdateException("Save failed.", new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505")),
        };

        var problem = ExceptionHandler.Map(exception);

        Assert.Equal(status, problem.Status);
        Assert.Equal(status == 503 ? ExceptionHandler.DatabaseUnavailable : "internal", problem.Extensions["code"]);
    }

    [Fact]
    public async Task Writes_go_on_while_the_database_terminates_every_connection_and_every_acknowledged_one_is_stored()
    {
        if (Fixture.Provider != DatabaseProvider.PostgreSql)
        {
            return; // SQLite has no server connections to lose; the suite runs this on PostgreSQL (INVESTPROMO_TEST_PROVIDER)
        }

        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var writers = new[] { filer, await LoginAsync(DemoLogin.Filer), await LoginAsync(DemoLogin.Filer2), await LoginAsync(DemoLogin.Filer2) };
        string connectionString;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.GetConnectionString()!;
        }

        var acknowledged = new ConcurrentBag<Guid>();
        var answers = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var load = writers.Select((client, w) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var response = await client.PostAsJsonAsync("/api/filings", FilingsTests.CompleteBody(chain, $"断线重试{w}-{i}"));
                answers.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                }
                else if (failures.Count < 5)
                {
                    failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })).ToList();

        var rounds = 0;
        var terminated = 0;
        await using (var killer = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await killer.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(300);
                await using var command = new NpgsqlCommand(
                    "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS t",
                    killer);
                terminated += Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                rounds++;
            }
        }

        await Task.WhenAll(load);
        NpgsqlConnection.ClearAllPools();

        int stored;
        int storedAll;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var ids = acknowledged.ToList();
            stored = await db.Filings.IgnoreQueryFilters().CountAsync(f => ids.Contains(f.Id));
            storedAll = await db.Filings.IgnoreQueryFilters().CountAsync(f => f.ProjectName!.StartsWith("断线重试"));
        }

        var unavailable = answers.GetValueOrDefault(503);
        output.WriteLine($"{rounds} rounds terminated {terminated} backends; answers {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key}×{a.Value}"))}; acknowledged {acknowledged.Count}, stored {stored}, stored in all {storedAll}");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(terminated > 0, "no backend was terminated: the test proved nothing");
        Assert.False(acknowledged.IsEmpty, "no write was acknowledged");
        Assert.DoesNotContain(answers.Keys, status => status >= 500 && status != 503);
        Assert.Equal(acknowledged.Count, stored);
        Assert.InRange(storedAll - acknowledged.Count, 0, unavailable); // only a write answered 503 may have been stored after all
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
