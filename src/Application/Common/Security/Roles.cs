namespace InvestPromo.Application.Common.Security;

/// <summary>The roles of DOMAIN.md. A user has exactly one; integrators authenticate with API keys.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Reviewer = nameof(Reviewer);
    public const string Filer = nameof(Filer);
    public const string Leader = nameof(Leader);
    public const string Association = nameof(Association);

    /// <summary>Given to callers authenticated with an API key, never to a user.</summary>
    public const string Integrator = nameof(Integrator);

    public static IReadOnlyList<string> UserRoles { get; } = [Admin, Reviewer, Filer, Leader, Association];

    public static bool IsUserRole(string? role) => role is not null && UserRoles.Contains(role, StringComparer.Ordinal);
}
