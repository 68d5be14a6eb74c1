using InvestPromo.Application.Auth;
using InvestPromo.Application.Common.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace InvestPromo.Infrastructure.Identity;

public sealed class SignInService(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, TimeProvider clock) : ISignInService
{
    public async Task<Guid> PasswordSignInAsync(string userName, string password, bool rememberMe, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new AuthenticationFailedException("auth.invalid-credentials");
        if (!user.IsActive)
        {
            // Same answer as a wrong password until the password is right, so names cannot be probed.
            var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            throw new AuthenticationFailedException(check.Succeeded ? "auth.inactive" : check.IsLockedOut ? "auth.locked-out" : "auth.invalid-credentials");
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            throw new AuthenticationFailedException("auth.locked-out");
        }

        if (!result.Succeeded)
        {
            throw new AuthenticationFailedException("auth.invalid-credentials");
        }

        user.LastLoginAt = clock.GetUtcNow();
        await users.UpdateAsync(user);

        // The rest of this request (the CSRF token issued with the answer) belongs to the signed-in user.
        signIn.Context.User = await signIn.CreateUserPrincipalAsync(user);
        return user.Id;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
