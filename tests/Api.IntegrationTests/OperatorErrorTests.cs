using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The built app run as an operator runs it (<c>dotnet InvestPromo.Api.dll [migrate]</c>) with a wrong database or setting:
/// exit code 1 and one line on stderr naming what failed, the password nowhere, never an unhandled exception's abort (134).
/// The PostgreSQL cases need the test cluster (INVESTPROMO_TEST_POSTGRES, as the PostgreSQL suite does). Each case starts child
/// processes with settings of its own, whatever the run's provider, so the class runs in the PostgreSQL pass only.
/// </summary>
[Trait(TestProviders.Trait, TestProviders.PostgreSqlOnly)]
public sealed class OperatorErrorTests(ITestOutputHelper output)
{
    private const string Secret = "Operator-Secret-7";

    [Fact]
    public async Task A_missing_required_setting_is_one_line_and_exit_code_1()
    {
        var run = await RunAsync(["migrate"], new() { ["Database__Provider"] = "PostgreSql", ["ConnectionStrings__Default"] = string.Empty });

        run.AssertOneLine("ConnectionStrings:Default is required");
    }

    [Fact]
    public async Task A_SQLite_file_in_a_folder_that_cannot_be_made_is_one_line_and_exit_code_1()
    {
        var run = await RunAsync(["migrate"], new() { ["Database__Provider"] = "Sqlite", ["ConnectionStrings__Default"] = "Data Source=/proc/investpromo-cannot/app.db" });

        run.AssertOneLine("/proc/investpromo-cannot");
    }

    [Fact]
    public async Task A_closed_port_is_one_line_and_exit_code_1()
    {
        var run = await RunAsync(["migrate"], Postgres($"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Password={Secret};Database=investpromo"));

        run.AssertOneLine("cannot reach the database");
    }

    [Theory]
    [InlineData("migrate", "role")]
    [InlineData("start-up", "role")]
    [InlineData("start-up", "database")] // "migrate" creates a missing database when the role may (EF's Migrate does)
    public async Task A_missing_role_or_database_is_one_line_naming_it_and_exit_code_1(string stage, string missing)
    {
        if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is not { Length: > 0 } server)
        {
            return; // the PostgreSQL suite runs these (build/lib/postgres.sh sets the variable)
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Password = Secret };
        if (missing == "role")
        {
            builder.Username = "investpromo_no_such_role";
        }
        else
        {
            builder.Database = "investpromo_no_such_database";
        }

        var settings = Postgres(builder.ConnectionString);
        settings["Database__MigrateOnStartup"] = "false";
        var run = await RunAsync(stage == "migrate" ? ["migrate"] : [], settings);

        run.AssertOneLine(missing == "role" ? "role \"investpromo_no_such_role\" does not exist" : "database \"investpromo_no_such_database\" does not exist");
        Assert.Contains(stage == "migrate" ? "migrate failed" : "start-up failed", run.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Postgres(string connectionString) => new()
    {
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = connectionString,
    };

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public void AssertOneLine(string names)
        {
            Assert.True(ExitCode == 1, $"exit code {ExitCode}; stderr: {Stderr}");
            var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(lines.Length == 1, $"stderr has {lines.Length} lines: {Stderr}");
            Assert.Contains(names, lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, Stdout + Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", Stdout + Stderr, StringComparison.Ordinal);
        }
    }

    private async Task<Run> RunAsync(string[] arguments, Dictionary<string, string> settings)
    {
        var folder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var data = Path.Combine(Path.GetTempPath(), "investpromo-operator-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "InvestPromo.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["App__DataPath"] = data;
        start.Environment["Database__MaxRetryCount"] = "0";
        start.Environment["Hangfire__ServerEnabled"] = "false";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet InvestPromo.Api.dll {string.Join(' ', arguments)} did not stop within 90 s");
            }

            var run = new Run(process.ExitCode, await stdout, await stderr);
            output.WriteLine($"exit {run.ExitCode}; stderr: {run.Stderr.Trim()}");
            return run;
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
