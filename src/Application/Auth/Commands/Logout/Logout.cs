namespace InvestPromo.Application.Auth.Commands.Logout;

public sealed record LogoutCommand : ICommand;

public sealed class LogoutHandler(ISignInService signIn) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
