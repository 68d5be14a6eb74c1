using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// Configuration section "ReverseProxy": when the app runs behind nginx or a load balancer, the proxies it trusts. Their
/// X-Forwarded-For and X-Forwarded-Proto then name the real client and scheme, so the per-address rate limits and the
/// objection limits count clients, not the proxy. Empty (the default): headers are ignored and the peer is the client.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

#pragma warning disable CA1819 // Bound from configuration.
    /// <summary>Proxy addresses, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];
#pragma warning restore CA1819

    public bool Enabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    /// <summary>The middleware's options; a malformed address or network fails at start-up, naming it.</summary>
    public ForwardedHeadersOptions ToForwardedHeadersOptions()
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a CIDR network."));
        }

        return options;
    }
}
