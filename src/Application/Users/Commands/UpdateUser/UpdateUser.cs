using InvestPromo.Application.Common.Security;

namespace InvestPromo.Application.Users.Commands.UpdateUser;

public sealed record UpdateUserCommand(Guid Id, string DisplayName, string Role, Guid? UnitId, string? Email, string? PhoneNumber, bool IsActive, int Version, Guid? AssociationId = null)
    : ICommand<UserDto>;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(UserRules.DisplayNameMaxLength).SingleLineText();
        RuleFor(x => x.Role).ValidRole();
        RuleFor(x => x.Email).EmailAddress().MaximumLength(256).When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.PhoneNumber).Matches(@"^[0-9+\- ]{5,20}$").When(x => !string.IsNullOrEmpty(x.PhoneNumber));
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        this.AssociationOnlyForItsRole(x => x.Role, x => x.AssociationId);
    }
}

public sealed class UpdateUserHandler(IApplicationDbContext db, IUserAccounts accounts, ICurrentUser user) : ICommandHandler<UpdateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        _ = await accounts.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException("User", command.Id);
        if (command.Id == user.UserId)
        {
            if (!command.IsActive)
            {
                throw DomainRuleException.Conflict("user.cannot-deactivate-self", "You cannot deactivate your own account.");
            }

            if (command.Role != Roles.Admin)
            {
                throw DomainRuleException.Conflict("user.cannot-demote-self", "You cannot remove your own admin role.");
            }
        }

        await UserRules.CheckUnitAsync(db, command.Role, command.UnitId, cancellationToken);
        await UserRules.CheckAssociationAsync(db, command.Role, command.AssociationId, cancellationToken);
        return await accounts.UpdateAsync(
            command.Id,
            new UserChanges(command.DisplayName.Trim(), command.Role, command.UnitId, command.Email, command.PhoneNumber, command.IsActive, command.AssociationId),
            command.Version,
            cancellationToken);
    }
}
