using System.Net;
using System.Net.Sockets;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Webhooks;
using InvestPromo.Infrastructure.Webhooks;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>
/// Which addresses a webhook may reach (IPv4, IPv6 and IPv6 carrying IPv4), and that the sender's connect-time check refuses
/// a forbidden address even when the URL got past registration (DNS rebinding), without following redirects.
/// </summary>
public sealed class WebhookTargetsTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.20.30.40")]
    [InlineData("100.64.0.1")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.8.8")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("198.18.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::c0a8:0101")]
    public void Private_loopback_link_local_multicast_and_unspecified_addresses_are_not_public(string address) =>
        Assert.False(WebhookTargets.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("203.0.113.5")]
    [InlineData("2400:3200::1")]
    [InlineData("::ffff:8.8.4.4")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_public(string address) =>
        Assert.True(WebhookTargets.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void Loopback_is_allowed_only_when_configured_and_private_ranges_only_with_AllowPrivateTargets()
    {
        var loopback = new WebhookTargets(new WebhookOptions { AllowLoopbackTargets = true });
        var everything = new WebhookTargets(new WebhookOptions { AllowPrivateTargets = true });
        var strict = new WebhookTargets(new WebhookOptions());

        Assert.True(loopback.Allows(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(loopback.Allows(IPAddress.Parse("10.0.0.1")));
        Assert.True(everything.Allows(IPAddress.Parse("10.0.0.1")));
        Assert.False(strict.Allows(IPAddress.Loopback));
        Assert.False(strict.Allows(IPAddress.IPv6Loopback));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook", "webhooks.url-not-https")]
    [InlineData("https://127.0.0.1/hook", "webhooks.url-private")]
    [InlineData("https://localhost/hook", "webhooks.url-private")]
    [InlineData("https://[::ffff:192.168.0.1]/hook", "webhooks.url-private")]
    public async Task Registration_refuses_in_production_settings(string url, string code)
    {
        var refused = await Assert.ThrowsAsync<BadRequestException>(() =>
            new WebhookTargets(new WebhookOptions()).EnsureAllowedAsync(new Uri(url), "url", CancellationToken.None));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public async Task The_connect_time_check_refuses_a_forbidden_address_that_registration_never_saw()
    {
        // A receiver really listens on loopback; the production settings refuse to dial it whatever the URL said before.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var options = new WebhookOptions();
        using var handler = WebhookSender.CreateHandler(new WebhookTargets(options));
        var sender = new WebhookSender(new SingleClientFactory(handler), options);

        var response = await sender.SendAsync(new WebhookRequest(new Uri($"https://localhost:{port}/hook"), "{}", []), CancellationToken.None);

        Assert.Null(response.StatusCode);
        Assert.Contains("may not reach", response.Error, StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
