namespace InvestPromo.Application.Users.Commands.ResetUserPassword;

public sealed record ResetUserPasswordCommand(Guid Id, string NewPassword) : ICommand;

public sealed class ResetUserPasswordValidator : AbstractValidator<ResetUserPasswordCommand>
{
    public ResetUserPasswordValidator() => RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(UserRules.PasswordMaxLength);
}

public sealed class ResetUserPasswordHandler(IUserAccounts accounts) : ICommandHandler<ResetUserPasswordCommand>
{
    public async ValueTask<Unit> Handle(ResetUserPasswordCommand command, CancellationToken cancellationToken)
    {
        await accounts.ResetPasswordAsync(command.Id, command.NewPassword, cancellationToken);
        return Unit.Value;
    }
}
