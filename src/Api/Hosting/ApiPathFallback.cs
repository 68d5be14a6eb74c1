using InvestPromo.Api.Errors;
using Microsoft.AspNetCore.Routing.Template;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// The answer for an /api request no endpoint took. It may name a path that exists for other methods (405, with Allow) or
/// for other content types, such as JSON sent to a form upload (415), whoever calls: a wrong request to a public endpoint is
/// told what is wrong rather than to sign in, and it reveals nothing the OpenAPI document does not. A path that exists for
/// nothing is a 404 to signed-in callers and asks anonymous ones to sign in (401), as every other non-public path does.
/// </summary>
public sealed class ApiPathFallback(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<Route>> routes = new(() =>
        [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null && e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal))
            .Select(e => new Route(
                new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!), new RouteValueDictionary()),
                e.RoutePattern.Parameters.ToDictionary(p => p.Name, p => p.ParameterPolicies.Select(policy => policy.Content ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase),
                e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods))]);

    private sealed record Route(TemplateMatcher Matcher, Dictionary<string, string[]> Constraints, IReadOnlyList<string> Methods)
    {
        /// <summary>The template matches and the values meet the constraints the API uses (guid, int, long).</summary>
        public bool Matches(PathString path)
        {
            var values = new RouteValueDictionary();
            return Matcher.TryMatch(path, values) && values.All(v => Meets(v.Value?.ToString(), Constraints.GetValueOrDefault(v.Key) ?? []));
        }

        private static bool Meets(string? value, string[] constraints) => constraints.All(c => c switch
        {
            "guid" => Guid.TryParse(value, out _),
            "int" => int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _),
            "long" => long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _),
            _ => true,
        });
    }

    public Task AnswerAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var methods = routes.Value
            .Where(r => r.Matches(context.Request.Path))
            .SelectMany(r => r.Methods)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (methods.Count == 0)
        {
            return context.User.Identity?.IsAuthenticated == true
                ? Problems.WriteAsync(context, StatusCodes.Status404NotFound, "not-found")
                : Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "unauthorized");
        }

        if (methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            return Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "request.unsupported-media-type");
        }

        context.Response.Headers.Allow = string.Join(", ", methods);
        return Problems.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "request.method-not-allowed");
    }
}
