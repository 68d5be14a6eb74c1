using InvestPromo.Application.Users;

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

public sealed class ChangePasswordHandler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new ForbiddenAccessException("Only a signed-in user can change a password.");
        await accounts.ChangePasswordAsync(id, command.CurrentPassword, command.NewPassword, cancellationToken);
        return Unit.Value;
    }
}
