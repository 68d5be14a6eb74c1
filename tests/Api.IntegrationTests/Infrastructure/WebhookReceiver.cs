using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>One POST a <see cref="WebhookReceiver"/> received: its headers and raw body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>What a receiver checks: v1= lowercase hex HMAC-SHA256(secret, timestamp + "." + raw body).</summary>
    public bool SignatureVerifies(string secret)
    {
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Header("X-InvestPromo-Timestamp") + "." + Body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Header("X-InvestPromo-Signature")));
    }
}

/// <summary>
/// A webhook receiver on loopback for tests (HttpListener on a free port): records every request and answers the scripted
/// statuses in order (the last one repeats; 200 when none), optionally after a delay, or a redirect to <see cref="RedirectTo"/>.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private readonly int[] statuses;
    private readonly Task loop;
    private int count;

    private WebhookReceiver(int[] statuses)
    {
        this.statuses = statuses.Length == 0 ? [200] : statuses;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/hook");
        listener.Prefixes.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>Answer every request with a 302 to this URL instead.</summary>
    public Uri? RedirectTo { get; set; }

    /// <summary>Wait this long before answering (a slow receiver).</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    public static WebhookReceiver Start(params int[] statuses) => new(statuses);

    public void Dispose()
    {
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the listener was closed under a pending request
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        received.Enqueue(new ReceivedWebhook(headers, body));
        var n = Interlocked.Increment(ref count);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        try
        {
            if (RedirectTo is { } target)
            {
                context.Response.StatusCode = 302;
                context.Response.RedirectLocation = target.ToString();
            }
            else
            {
                context.Response.StatusCode = statuses[Math.Min(n, statuses.Length) - 1];
                var answer = Encoding.UTF8.GetBytes("received " + n.ToString(CultureInfo.InvariantCulture));
                await context.Response.OutputStream.WriteAsync(answer);
            }

            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // the sender gave up (timeout) or the receiver was stopped
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
