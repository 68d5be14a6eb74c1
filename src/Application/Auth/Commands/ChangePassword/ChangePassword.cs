using InvestPromo.Application.Auth.Sessions;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Security;

namespace InvestPromo.Application.Auth.Commands.ChangePassword;

public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(UserRules.PasswordMaxLength);
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(UserRules.PasswordMaxLength).NotEqual(x => x.CurrentPassword);
    }
}

/// <summary>Changing the password ends the user's other sessions (a stolen cookie stops working with the old password).</summary>
public sealed class ChangePasswordHandler(IUserAccounts accounts, ICurrentUser user, IApplicationDbContext db, UserSessionOptions sessions, TimeProvider clock)
    : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new ForbiddenAccessException("Only a signed-in user can change a password.");
        await accounts.ChangePasswordAsync(id, command.CurrentPassword, command.NewPassword, cancellationToken);
        await db.EndSessionsAsync(id, SessionEndReason.PasswordChanged, clock.GetUtcNow(), sessions.IdleTimeout, except: user.SessionId, cancellationToken);
        return Unit.Value;
    }
}
