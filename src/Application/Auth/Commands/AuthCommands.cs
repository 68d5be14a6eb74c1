using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Users;
using Mediator;

namespace InvestPromo.Application.Auth.Commands;

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

public sealed record LogoutCommand : ICommand;

public sealed class LogoutHandler(ISignInService signIn) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}

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
