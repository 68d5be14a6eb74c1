using System.Text;
using InvestPromo.Api.Endpoints;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace InvestPromo.Api.OpenApi;

/// <summary>
/// Composes each operation's description: its own <c>WithDescription</c> text (if any), then <b>who may call</b> it, derived
/// from its authorization policies (<see cref="Security.Policies"/> → roles), then the <b>error codes</b> it can answer with:
/// those it declares with <see cref="EndpointConventions.WithErrorCodes"/> and the standard ones its responses imply.
/// </summary>
public sealed class OperationDescriptionFilter(IOptions<AuthorizationOptions> authorization) : IOperationFilter
{
    public const string WhoMayCall = "**Who may call:**";
    public const string ErrorCodes = "**Error codes**";

    /// <summary>The roles in the order they are named, with their words.</summary>
    private static readonly (string Role, string Name)[] RoleNames =
    [
        (Roles.Admin, "admins"),
        (Roles.Reviewer, "reviewers"),
        (Roles.Leader, "leaders"),
        (Roles.Filer, "filers (their own unit's records only)"),
        (Roles.Association, "associations"),
        (Roles.Integrator, "API keys"),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(operation.Description))
        {
            text.Append(operation.Description.Trim()).Append("\n\n");
        }

        text.Append(WhoMayCall).Append(' ').Append(anonymous ? Anyone(metadata) : Callers(metadata, method)).Append("\n\n");

        var declared = metadata.OfType<ErrorCodesMetadata>().SelectMany(m => m.Codes).Distinct(StringComparer.Ordinal).ToList();
        var standard = StandardCodes(operation, method, anonymous, context).ToList();
        if (declared.Count > 0 || standard.Count > 0)
        {
            text.Append(ErrorCodes).Append(" (the problem's `code`):\n");
            foreach (var code in declared)
            {
                text.Append("- `").Append(code).Append('`');
                if (ErrorMessages.TryGet(code, out var message))
                {
                    text.Append(": ").Append(message.En);
                }

                text.Append('\n');
            }

            if (standard.Count > 0)
            {
                text.Append(declared.Count > 0 ? "- and the standard ones: " : "- the standard ones: ")
                    .Append(string.Join("; ", standard.GroupBy(c => c.Status).Select(g => g.Key + " " + string.Join(", ", g.Select(c => $"`{c.Code}`")))))
                    .Append(" (see Errors in the API's description).\n");
            }
        }

        operation.Description = text.ToString().TrimEnd();
    }

    private static string Anyone(IList<object> metadata) =>
        metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any()
            ? "anyone, without signing in (rate-limited per address)."
            : "anyone, without signing in.";

    /// <summary>
    /// Every policy on the endpoint must pass (a group's and the endpoint's own), so the callers are the roles all of
    /// them allow; with none, the fallback policy applies.
    /// </summary>
    private string Callers(IList<object> metadata, string method)
    {
        var options = authorization.Value;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null)
            .Select(p => options.GetPolicy(p!) ?? throw new InvalidOperationException($"Unknown policy {p}."))
            .DefaultIfEmpty(options.FallbackPolicy ?? options.DefaultPolicy)
            .ToList();

        IEnumerable<string>? allowed = null;
        foreach (var roles in policies!.SelectMany(p => p!.Requirements.OfType<RolesAuthorizationRequirement>()))
        {
            allowed = allowed is null ? roles.AllowedRoles : allowed.Intersect(roles.AllowedRoles, StringComparer.Ordinal);
        }

        if (allowed is null)
        {
            return HttpMethods.IsGet(method) ? "any signed-in user or API key." : "any signed-in user or read-write API key.";
        }

        var set = allowed.ToHashSet(StringComparer.Ordinal);
        var names = RoleNames.Where(r => set.Contains(r.Role))
            .Select(r => r.Role == Roles.Integrator && !HttpMethods.IsGet(method) ? "read-write API keys" : r.Name)
            .ToList();
        var list = names.Count switch
        {
            0 => "no one",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
        return set.Contains(Roles.Integrator) ? list + "." : list + "; not API keys.";
    }

    /// <summary>The codes implied by the responses the operation lists (WithStandardErrors, WithNotFound, WithWriteErrors).</summary>
    private static IEnumerable<(string Status, string Code)> StandardCodes(OpenApiOperation operation, string method, bool anonymous, OperationFilterContext context)
    {
        var responses = operation.Responses ?? new OpenApiResponses();
        var unsafeMethod = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        if (responses.ContainsKey("400"))
        {
            yield return ("400", "validation.failed");
            if (operation.RequestBody is not null)
            {
                yield return ("400", "request.malformed");
            }

            if (unsafeMethod && !anonymous)
            {
                yield return ("400", "antiforgery.invalid");
            }
        }

        if (responses.ContainsKey("401"))
        {
            yield return ("401", "unauthorized");
            yield return ("401", "auth.session-ended");
        }

        if (responses.ContainsKey("403"))
        {
            yield return ("403", "forbidden");
            if (unsafeMethod && !anonymous)
            {
                yield return ("403", "auth.api-key-read-only");
            }
        }

        if (responses.ContainsKey("404"))
        {
            yield return ("404", "not-found");
        }

        if (responses.ContainsKey("409") && SendsVersion(context))
        {
            yield return ("409", "concurrency.stale");
        }

        if (responses.ContainsKey("413"))
        {
            yield return ("413", "request.too-large");
        }

        if (responses.ContainsKey("429"))
        {
            yield return ("429", "request.rate-limited");
        }
    }

    /// <summary>A change that names the version it read: a <c>version</c> parameter, form field or body property.</summary>
    private static bool SendsVersion(OperationFilterContext context) =>
        context.ApiDescription.ParameterDescriptions.Any(p =>
            string.Equals(p.Name, "version", StringComparison.OrdinalIgnoreCase)
            || (p.Type?.Namespace?.StartsWith("InvestPromo.", StringComparison.Ordinal) == true && p.Type.GetProperty("Version") is not null));
}
