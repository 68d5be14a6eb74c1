using System.Security.Claims;
using InvestPromo.Application.Common.Interfaces;
using Microsoft.AspNetCore.Http;

namespace InvestPromo.Infrastructure.Identity;

public static class AppClaims
{
    public const string UnitId = "investpromo:unit";

    /// <summary>The association of a user of role Association.</summary>
    public const string AssociationId = "investpromo:association";
    public const string ApiKeyId = "investpromo:api-key";
    public const string ApiKeyScope = "investpromo:api-key-scope";

    /// <summary>"true" on an API key's principal when an admin granted it filings' contacts.</summary>
    public const string ApiKeyContacts = "investpromo:api-key-contacts";
    public const string DisplayName = "investpromo:display-name";

    /// <summary>The id of the server-side session (UserSession) a sign-in cookie belongs to.</summary>
    public const string SessionId = "investpromo:session";
}

/// <summary>The caller of the current HTTP request; "system" when there is none (jobs, start-up).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId => Principal?.Identity?.IsAuthenticated == true && Principal.FindFirstValue(AppClaims.ApiKeyId) is null
        && Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? Name => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UnitId => Guid.TryParse(Principal?.FindFirstValue(AppClaims.UnitId), out var id) ? id : null;

    public Guid? AssociationId => Guid.TryParse(Principal?.FindFirstValue(AppClaims.AssociationId), out var id) ? id : null;

    public Guid? ApiKeyId => Guid.TryParse(Principal?.FindFirstValue(AppClaims.ApiKeyId), out var id) ? id : null;

    public bool ApiKeyMayReadContacts => ApiKeyId is not null && Principal?.FindFirstValue(AppClaims.ApiKeyContacts) == "true";
    public Guid? SessionId => Guid.TryParse(Principal?.FindFirstValue(AppClaims.SessionId), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
