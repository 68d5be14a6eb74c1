using System.Net;
using System.Net.Sockets;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Application.Webhooks;

namespace InvestPromo.Infrastructure.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: public unicast ones only, unless configured (Webhooks:AllowPrivateTargets allows
/// every address, Webhooks:AllowLoopbackTargets the loopback ones). Checked when a URL is registered (its host resolved) and
/// again in the sender's ConnectCallback for the very address connected to, so DNS rebinding cannot slip past.
/// </summary>
public sealed class WebhookTargets(WebhookOptions options) : IWebhookTargets
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);

    public async Task EnsureAllowedAsync(Uri url, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost;
        var loopbackName = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : loopbackName ? [IPAddress.Loopback] : await ResolveAsync(host, cancellationToken);
        var loopbackOnly = addresses.Length > 0 && addresses.All(a => IsLoopback(a));

        if (url.Scheme != Uri.UriSchemeHttps && !options.AllowHttp && !(loopbackOnly && (options.AllowLoopbackTargets || options.AllowPrivateTargets)))
        {
            throw Refused("webhooks.url-not-https", field);
        }

        if (addresses.Any(a => !Allows(a)))
        {
            throw Refused("webhooks.url-private", field);
        }
    }

    /// <summary>Whether a connection to <paramref name="address"/> is allowed by the configuration.</summary>
    public bool Allows(IPAddress address) =>
        options.AllowPrivateTargets || IsPublic(address) || (options.AllowLoopbackTargets && IsLoopback(address));

    public static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(Normalise(address));

    /// <summary>
    /// A public unicast address: not unspecified, loopback, private (RFC 1918, unique local fc00::/7), shared (100.64/10),
    /// link-local (169.254/16, fe80::/10), site-local (fec0::/10), multicast, broadcast or reserved (0/8, 240/4, benchmarking
    /// 198.18/15, 192.0.0/24). The documentation ranges (TEST-NET, 2001:db8::/32) route nowhere and are left alone. IPv4-mapped, IPv4-compatible and NAT64 (64:ff9b::/96) IPv6 addresses are
    /// judged by the IPv4 address they carry.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var a = Normalise(address);
        if (a.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = a.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }

        if (a.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var v6 = a.GetAddressBytes();
        return !(a.Equals(IPAddress.IPv6None) || IPAddress.IsLoopback(a) || a.IsIPv6LinkLocal || a.IsIPv6SiteLocal || a.IsIPv6Multicast
            || (v6[0] & 0xFE) == 0xFC); // fc00::/7 unique local
    }

    /// <summary>An IPv6 address carrying an IPv4 one (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d) as that IPv4 address.</summary>
    public static IPAddress Normalise(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var b = address.GetAddressBytes();
        var nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0);
        var compatible = b[..12].All(x => x == 0) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1);
        return nat64 || compatible ? new IPAddress(b[12..16]) : address;
    }

    private static BadRequestException Refused(string code, string field) =>
        new(code, field, ErrorMessages.For(code, code));

    /// <summary>The host's addresses; none when it does not resolve now (the connect-time check still applies).</summary>
    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }
}
