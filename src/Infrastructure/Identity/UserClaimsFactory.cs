using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>Adds the user's unit and display name to the sign-in cookie's claims.</summary>
public sealed class UserClaimsFactory(UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(AppClaims.UnitId, unitId.ToString()));
        }

        if (user.AssociationId is { } associationId)
        {
            identity.AddClaim(new Claim(AppClaims.AssociationId, associationId.ToString()));
        }

        return identity;
    }
}
