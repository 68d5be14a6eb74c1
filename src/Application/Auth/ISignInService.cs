namespace InvestPromo.Application.Auth;

/// <summary>Cookie sign-in for the SPA (ASP.NET Core Identity behind it).</summary>
public interface ISignInService
{
    /// <summary>Signs in and returns the user's id; throws <c>AuthenticationFailedException</c> with a code otherwise.</summary>
    Task<Guid> PasswordSignInAsync(string userName, string password, bool rememberMe, CancellationToken ct);

    Task SignOutAsync();
}
