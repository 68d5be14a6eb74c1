using InvestPromo.Application.Auth.Sessions;
using InvestPromo.Domain.Security;

namespace InvestPromo.Application.Auth.Commands.SignOutEverywhere;

/// <summary>The signed-in user ends every one of their sessions (other browsers, a forgotten office PC) and signs out here.</summary>
public sealed record SignOutEverywhereCommand : ICommand<int>;

public sealed class SignOutEverywhereHandler(IApplicationDbContext db, ISignInService signIn, ICurrentUser user, UserSessionOptions options, TimeProvider clock)
    : ICommandHandler<SignOutEverywhereCommand, int>
{
    public async ValueTask<int> Handle(SignOutEverywhereCommand command, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new ForbiddenAccessException("Only a signed-in user can sign out.");
        var ended = await db.EndSessionsAsync(id, SessionEndReason.SignedOutEverywhere, clock.GetUtcNow(), options.IdleTimeout, except: null, cancellationToken);
        await signIn.SignOutAsync();
        return ended;
    }
}
