using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Common;
using Mediator;

namespace InvestPromo.Application.Users.Commands;

public sealed record CreateUserCommand(string UserName, string DisplayName, string Password, string Role, Guid? UnitId, string? Email, string? PhoneNumber)
    : ICommand<UserDto>;

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(UserRules.UserNameMaxLength).Matches("^[A-Za-z0-9._@-]+$");
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(UserRules.DisplayNameMaxLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(UserRules.PasswordMaxLength);
        RuleFor(x => x.Role).ValidRole();
        RuleFor(x => x.Email).EmailAddress().MaximumLength(256).When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.PhoneNumber).Matches(@"^[0-9+\- ]{5,20}$").When(x => !string.IsNullOrEmpty(x.PhoneNumber));
    }
}

public sealed class CreateUserHandler(IApplicationDbContext db, IUserAccounts accounts) : ICommandHandler<CreateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        await UserRules.CheckUnitAsync(db, command.Role, command.UnitId, cancellationToken);
        return await accounts.CreateAsync(
            new NewUser(command.UserName.Trim(), command.DisplayName.Trim(), command.Password, command.Role, command.UnitId, command.Email, command.PhoneNumber),
            cancellationToken);
    }
}

public sealed record UpdateUserCommand(Guid Id, string DisplayName, string Role, Guid? UnitId, string? Email, string? PhoneNumber, bool IsActive, int Version)
    : ICommand<UserDto>;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(UserRules.DisplayNameMaxLength);
        RuleFor(x => x.Role).ValidRole();
        RuleFor(x => x.Email).EmailAddress().MaximumLength(256).When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.PhoneNumber).Matches(@"^[0-9+\- ]{5,20}$").When(x => !string.IsNullOrEmpty(x.PhoneNumber));
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
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
                throw new DomainRuleException("user.cannot-deactivate-self", "You cannot deactivate your own account.");
            }

            if (command.Role != Roles.Admin)
            {
                throw new DomainRuleException("user.cannot-demote-self", "You cannot remove your own admin role.");
            }
        }

        await UserRules.CheckUnitAsync(db, command.Role, command.UnitId, cancellationToken);
        return await accounts.UpdateAsync(
            command.Id,
            new UserChanges(command.DisplayName.Trim(), command.Role, command.UnitId, command.Email, command.PhoneNumber, command.IsActive),
            command.Version,
            cancellationToken);
    }
}

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
