using System.Globalization;
using System.Security.Claims;
using InvestPromo.Application.Auth;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Metrics;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>
/// Password sign-in. Every name, known or not, costs one password hash and gets the same answers in every state (wrong
/// password, refused from this address, locked from everywhere): names cannot be probed by answer or by time. Failures are
/// throttled per (name, address) first; the account itself is locked only at a much higher count across addresses.
/// </summary>
public sealed partial class SignInService(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    ApplicationDbContext db,
    SignInThrottling throttling,
    UnknownUserPassword unknownUser,
    SignInThrottleOptions options,
    TimeProvider clock,
    InvestPromoMetrics metrics,
    ILogger<SignInService> logger) : ISignInService
{
    public async Task<Guid> PasswordSignInAsync(string userName, string password, bool rememberMe, CancellationToken ct)
    {
        var name = users.NormalizeName(userName);
        var address = signIn.Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttling.IsRefusedAsync(name, address, ct))
        {
            throw Counted(new AuthenticationFailedException("auth.locked-out"));
        }

        var user = await users.FindByNameAsync(userName);
        bool passwordIsRight;
        if (user is null)
        {
            unknownUser.Verify(users.PasswordHasher, password);
            passwordIsRight = false;
        }
        else
        {
            passwordIsRight = await users.CheckPasswordAsync(user, password);
        }

        if (!passwordIsRight)
        {
            var failure = await throttling.RecordFailureAsync(name, address, ct);
            if (failure.AccountLockedUntil is { } until && user is not null)
            {
                await LockAsync(user, until, failure.AccountFailures);
            }

            throw Counted(new AuthenticationFailedException(failure.Refused ? "auth.locked-out" : "auth.invalid-credentials"));
        }

        // The password is right: only now may the answer say more about the account (today's rule for inactive accounts).
        if (!user!.IsActive)
        {
            throw Counted(new AuthenticationFailedException("auth.inactive"));
        }

        if (user.LockoutEnd > clock.GetUtcNow())
        {
            throw Counted(new AuthenticationFailedException("auth.locked-out"));
        }

        await throttling.ClearPairAsync(name, address, ct);
        // One column, written past the user's concurrency stamp: two sign-ins of one user at once must not conflict, and a
        // failed stamp check left tracked here would make the session's save that follows answer 409.
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastLoginAt, now), ct);
        await signIn.SignInWithClaimsAsync(user, rememberMe, [new Claim("amr", "pwd")]);

        // The rest of this request (the CSRF token issued with the answer) belongs to the signed-in user.
        signIn.Context.User = await signIn.CreateUserPrincipalAsync(user);
        return user.Id;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>The refusal to throw, counted by its code (investpromo.sign_in.failures).</summary>
    private AuthenticationFailedException Counted(AuthenticationFailedException refusal)
    {
        metrics.SignInFailed(refusal.Code);
        return refusal;
    }

    /// <summary>Locks the account until <paramref name="until"/> (Identity's lockout), saying when and why; audited like every change of a user.</summary>
    private async Task LockAsync(ApplicationUser user, DateTimeOffset until, int failures)
    {
        var minutes = options.AccountWindowMinutes;
        user.LockoutEnd = until;
        user.LockedOutAt = clock.GetUtcNow();
        user.LockoutReason = string.Create(CultureInfo.InvariantCulture,
            $"{minutes} 分钟内来自多个地址的 {failures} 次登录失败 / {failures} failed sign-ins from several addresses within {minutes} minutes");
        await users.UpdateAsync(user);
        AccountLockedOut(logger, user.UserName, user.Id, failures, minutes, until);
    }

    [LoggerMessage(EventId = 4101, EventName = "AccountLockedOut", Level = LogLevel.Warning,
        Message = "Security: account {UserName} ({UserId}) locked after {Failures} failed sign-ins from several addresses within {WindowMinutes} minutes, until {LockedUntil}")]
    private static partial void AccountLockedOut(ILogger logger, string? userName, Guid userId, int failures, int windowMinutes, DateTimeOffset lockedUntil);
}
