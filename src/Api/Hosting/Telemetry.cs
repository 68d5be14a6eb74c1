using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using InvestPromo.Application.Common.Metrics;
using InvestPromo.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// Configuration section "Telemetry": OpenTelemetry metrics served for Prometheus at <see cref="ScrapePath"/> to the allowed
/// addresses only, and traces sent to an OTLP collector when one is named. Checked at start-up (<see cref="Validated"/>).
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";
    public const string ScrapePath = "/metrics";

    /// <summary>Off: no meters listened to, no /metrics, no traces.</summary>
    public bool Enabled { get; set; } = true;

#pragma warning disable CA1819 // Bound from configuration.
    /// <summary>
    /// Who may read /metrics: IP addresses ("10.0.0.9") or CIDR networks ("10.0.0.0/24"). Empty (the default): loopback only.
    /// Anyone else gets 404. Behind a proxy on the same machine, set ReverseProxy so that the proxy's callers are not loopback.
    /// </summary>
    public string[] ScrapeAllowedAddresses { get; set; } = [];
#pragma warning restore CA1819

    /// <summary>An OTLP collector (e.g. "http://otel-collector:4317") that gets traces; empty (the default): no traces at all.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How old the database-read gauges (reviews overdue, objections open) may be, 5–3600 s.</summary>
    public int GaugeRefreshSeconds { get; set; } = 60;

    /// <summary>The service name on every metric's target and every span.</summary>
    public string ServiceName { get; set; } = "InvestPromo";

    internal IReadOnlyList<IPNetwork> AllowedNetworks { get; private set; } = [];

    internal Uri? Otlp { get; private set; }

    /// <summary>Parses the addresses and the endpoint; a malformed one fails start-up, naming it.</summary>
    public TelemetryOptions Validated()
    {
        AllowedNetworks = ScrapeAllowedAddresses.Length == 0
            ? [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")]
            : ScrapeAllowedAddresses.Select(ParseNetwork).ToList();
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint))
        {
            Otlp = Uri.TryCreate(OtlpEndpoint.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new InvalidOperationException($"{Section}:{nameof(OtlpEndpoint)}: '{OtlpEndpoint}' is not an http(s) address.");
        }

        if (GaugeRefreshSeconds is < 5 or > 3600)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{nameof(GaugeRefreshSeconds)} must be 5–3600, not {GaugeRefreshSeconds}."));
        }

        if (string.IsNullOrWhiteSpace(ServiceName))
        {
            throw new InvalidOperationException($"{Section}:{nameof(ServiceName)} must not be empty.");
        }

        return this;
    }

    /// <summary>Whether a caller at <paramref name="address"/> may read the metrics; no address (an in-process caller) may not.</summary>
    public bool AllowsScrapeFrom(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var normalised = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return AllowedNetworks.Any(network => network.Contains(normalised));
    }

    private static IPNetwork ParseNetwork(string entry)
    {
        var text = entry.Trim();
        if (IPAddress.TryParse(text, out var single))
        {
            single = single.IsIPv4MappedToIPv6 ? single.MapToIPv4() : single;
            return new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        return IPNetwork.TryParse(text, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:{nameof(ScrapeAllowedAddresses)}: '{entry}' is neither an IP address nor a CIDR network.");
    }
}

/// <summary>
/// OpenTelemetry for the web host: metrics of ASP.NET Core (http.server.request.duration …), outgoing HTTP (webhooks), the .NET
/// runtime, Npgsql, and the domain's meter "InvestPromo" (<see cref="InvestPromoMetrics"/>, <see cref="OperationalGauges"/>),
/// served at /metrics in Prometheus' text format; traces of the same, only when an OTLP endpoint is configured.
/// </summary>
public static class Telemetry
{
    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = (builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions()).Validated();
        builder.Services.AddSingleton(options);
        if (!options.Enabled)
        {
            return;
        }

        // Before anything asks for a meter: every meter of this host carries the host's number (see HostMeterFactory).
        builder.Services.Replace(ServiceDescriptor.Singleton<IMeterFactory, HostMeterFactory>());
        builder.Services.AddSingleton(sp => new OperationalGauges(
            sp.GetRequiredService<InvestPromoMetrics>(), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OperationalGauges>>(), TimeSpan.FromSeconds(options.GaugeRefreshSeconds)));

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(InvestPromoMetrics.MeterName)
                .AddPrometheusExporter());
        if (options.Otlp is { } endpoint)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(otlp => otlp.Endpoint = endpoint));
        }
    }

    /// <summary>/metrics for the allowed addresses (404 for anyone else, with no data), anonymous and never rate-limited.</summary>
    public static void MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<TelemetryOptions>();
        if (!options.Enabled)
        {
            return;
        }

        // The gauges exist once something asked for them: now, so that the first scrape already has them.
        app.Services.GetRequiredService<OperationalGauges>();
        app.MapPrometheusScrapingEndpoint(TelemetryOptions.ScrapePath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
            {
                if (options.AllowsScrapeFrom(context.Connection.RemoteIpAddress))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }), optionsName: null)
            .AllowAnonymous()
            .DisableRateLimiting()
            .WithDisplayName("GET /metrics");
    }
}
