using System.Net;
using InvestPromo.Api.Security;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>Does what the SPA does: echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header on unsafe requests.</summary>
public sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method;
        if (method != HttpMethod.Get && method != HttpMethod.Head && method != HttpMethod.Options
            && request.RequestUri is { } uri && !request.Headers.Contains(AntiforgeryCookie.HeaderName))
        {
            var absolute = uri.IsAbsoluteUri ? uri : new Uri(new Uri("http://localhost"), uri);
            var token = cookies.GetCookies(absolute)[AntiforgeryCookie.CookieName]?.Value;
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Add(AntiforgeryCookie.HeaderName, token);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
