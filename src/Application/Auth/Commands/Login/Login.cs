using InvestPromo.Application.Users;

namespace InvestPromo.Application.Auth.Commands.Login;

public sealed record LoginCommand(string UserName, string Password, bool RememberMe) : ICommand<CurrentUserDto>;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(UserRules.UserNameMaxLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(UserRules.PasswordMaxLength);
    }
}

public sealed class LoginHandler(ISignInService signIn, IUserAccounts accounts) : ICommandHandler<LoginCommand, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var userId = await signIn.PasswordSignInAsync(command.UserName.Trim(), command.Password, command.RememberMe, cancellationToken);
        return await accounts.GetCurrentAsync(userId, cancellationToken)
            ?? throw new AuthenticationFailedException("auth.invalid-credentials");
    }
}
