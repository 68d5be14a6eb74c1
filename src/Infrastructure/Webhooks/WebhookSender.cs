using System.Net;
using System.Net.Sockets;
using System.Text;
using InvestPromo.Application.Webhooks;

namespace InvestPromo.Infrastructure.Webhooks;

/// <summary>
/// Sends webhooks through the named HttpClient <see cref="ClientName"/>, whose handler follows no redirect (a 3xx is a failed
/// attempt), uses no proxy, and connects only to addresses <see cref="WebhookTargets.Allows"/> (checked in the
/// ConnectCallback for the address actually dialled). Each attempt has the configured timeout; at most
/// <see cref="WebhookDelivery.LastResponseMaxLength"/> bytes of the answer are read, for the log.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookOptions options) : IWebhookSender
{
    public const string ClientName = "webhooks";
    private const int KeptBytes = Domain.Webhooks.WebhookDelivery.LastResponseMaxLength;

    public async Task<WebhookResponse> SendAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
        {
            Content = new StringContent(request.Body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        message.Headers.UserAgent.ParseAdd("InvestPromo-Webhooks/1");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadCappedAsync(response, timeout.Token);
            var status = (int)response.StatusCode;
            var error = status is >= 300 and < 400 ? $"HTTP {status}: redirects are not followed" : null;
            return new WebhookResponse(status, error, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookResponse(null, $"No answer within {options.TimeoutSeconds} s", null);
        }
        catch (HttpRequestException ex)
        {
            return new WebhookResponse(null, ex.InnerException is WebhookTargetRefusedException refused ? refused.Message : ex.Message, null);
        }
    }

    private static async Task<string?> ReadCappedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[KeptBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>The primary handler of the <see cref="ClientName"/> client.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookTargets targets) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
            var allowed = addresses.Where(targets.Allows).ToArray();
            if (allowed.Length == 0)
            {
                throw new WebhookTargetRefusedException($"{host} resolves only to addresses webhooks may not reach");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

/// <summary>The connect-time check refused every address of the target.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);
