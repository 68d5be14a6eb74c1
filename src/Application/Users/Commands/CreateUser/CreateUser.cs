namespace InvestPromo.Application.Users.Commands.CreateUser;

public sealed record CreateUserCommand(string UserName, string DisplayName, string Password, string Role, Guid? UnitId, string? Email, string? PhoneNumber, Guid? AssociationId = null)
    : ICommand<UserDto>;

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(UserRules.UserNameMaxLength).Matches("^[A-Za-z0-9._@-]+$");
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(UserRules.DisplayNameMaxLength).SingleLineText();
        RuleFor(x => x.Password).NotEmpty().MaximumLength(UserRules.PasswordMaxLength);
        RuleFor(x => x.Role).ValidRole();
        RuleFor(x => x.Email).EmailAddress().MaximumLength(256).When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.PhoneNumber).Matches(@"^[0-9+\- ]{5,20}$").When(x => !string.IsNullOrEmpty(x.PhoneNumber));
        this.AssociationOnlyForItsRole(x => x.Role, x => x.AssociationId);
    }
}

public sealed class CreateUserHandler(IApplicationDbContext db, IUserAccounts accounts) : ICommandHandler<CreateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        await UserRules.CheckUnitAsync(db, command.Role, command.UnitId, cancellationToken);
        await UserRules.CheckAssociationAsync(db, command.Role, command.AssociationId, cancellationToken);
        return await accounts.CreateAsync(
            new NewUser(command.UserName.Trim(), command.DisplayName.Trim(), command.Password, command.Role, command.UnitId, command.Email, command.PhoneNumber, command.AssociationId),
            cancellationToken);
    }
}
