namespace InvestPromo.Application.Users.Commands.UnlockUser;

/// <summary>An admin ends an account's lock (after failed sign-ins from many addresses) and clears its failure counts; idempotent.</summary>
public sealed record UnlockUserCommand(Guid Id) : ICommand;

public sealed class UnlockUserHandler(IUserAccounts accounts) : ICommandHandler<UnlockUserCommand>
{
    public async ValueTask<Unit> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        await accounts.UnlockAsync(command.Id, cancellationToken);
        return Unit.Value;
    }
}
