using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InvestPromo.Tests.Support;

/// <summary>
/// A real S3-compatible server for tests: s3rver (npm, installed into build/tools/s3rver by <c>npm ci</c>, which
/// build/test.sh runs), on a free loopback port with a temporary folder and one bucket. It can be stopped and started
/// again on the same port and folder (a store that refuses, then comes back). Without Node.js or s3rver the fixture fails
/// naming what to install: never a silent skip. Shared by Infrastructure.Tests and Api.IntegrationTests (linked file).
/// </summary>
public sealed class S3rverServer : IAsyncDisposable
{
    public const string Bucket = "investpromo-test";

    /// <summary>s3rver's fixed credentials.</summary>
    public const string AccessKey = "S3RVER";

    public const string SecretKey = "S3RVER";

    private readonly string script;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "investpromo-s3rver-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? process;

    private S3rverServer(string script, int port)
    {
        this.script = script;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The settings that point the app at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Storage:S3:Bucket"] = Bucket,
        ["Storage:S3:AccessKey"] = AccessKey,
        ["Storage:S3:SecretKey"] = SecretKey,
        ["Storage:S3:ForcePathStyle"] = "true",
        ["Storage:S3:MaxErrorRetry"] = "1",
        ["Storage:S3:TimeoutSeconds"] = "10",
    };

    public static async Task<S3rverServer> StartAsync()
    {
        var server = new S3rverServer(Script(), FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and folder; returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        Directory.CreateDirectory(folder);
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "-d", folder, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-s", "--configure-bucket", Bucket })
        {
            info.ArgumentList.Add(argument);
        }

        Process started;
        try
        {
            started = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is needed for the S3 tests (s3rver): install Node.js 20+ (Debian: apt-get install nodejs npm), then npm ci --prefix build/tools/s3rver.", e);
        }

        process = started;
        var errors = new System.Text.StringBuilder();
        started.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        started.OutputDataReceived += (_, _) => { };
        started.BeginErrorReadLine();
        started.BeginOutputReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (started.HasExited)
            {
                lock (errors)
                {
                    throw new InvalidOperationException($"s3rver exited at start (code {started.ExitCode}): {errors}");
                }
            }

            if (await AcceptsAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"s3rver did not listen on port {Port} within 30 s.");
    }

    /// <summary>Stops the server: the store now refuses every request (connection refused).</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder, harmlessly.
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>build/tools/s3rver/node_modules/s3rver/bin/s3rver.js, found from the test's folder upwards.</summary>
    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var tools = Path.Combine(dir.FullName, "build", "tools", "s3rver");
            if (File.Exists(Path.Combine(tools, "package.json")))
            {
                var script = Path.Combine(tools, "node_modules", "s3rver", "bin", "s3rver.js");
                return File.Exists(script)
                    ? script
                    : throw new InvalidOperationException($"s3rver is not installed: run `npm ci --prefix {tools}` (Node.js and npm needed; build/test.sh does this).");
            }
        }

        throw new InvalidOperationException("build/tools/s3rver/package.json not found above " + AppContext.BaseDirectory);
    }
}
