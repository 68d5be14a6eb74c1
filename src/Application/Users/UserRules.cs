using InvestPromo.Application.Common.Security;

namespace InvestPromo.Application.Users;

internal static class UserRules
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 64;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> ValidRole<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Roles.IsUserRole).WithMessage((_, role) => $"'{role}' ∉ {{{string.Join(", ", Roles.UserRoles)}}}");

    /// <summary>
    /// A user of role Association is linked to one existing association (409 <c>user.association-required</c>,
    /// <c>user.association-not-found</c>); other roles to none (a 400 on the field, by the validators).
    /// </summary>
    public static async Task CheckAssociationAsync(IApplicationDbContext db, string role, Guid? associationId, CancellationToken ct)
    {
        if (role == Roles.Association && associationId is null)
        {
            throw DomainRuleException.Conflict("user.association-required", "A user of role Association must be linked to an association.");
        }

        if (associationId is { } id && !await db.Associations.AnyAsync(a => a.Id == id, ct))
        {
            throw DomainRuleException.Conflict("user.association-not-found", "The selected association does not exist.");
        }
    }

    /// <summary>Only a user of role Association is linked to an association.</summary>
    public static void AssociationOnlyForItsRole<T>(this AbstractValidator<T> validator, Func<T, string> role, System.Linq.Expressions.Expression<Func<T, Guid?>> associationId) =>
        validator.RuleFor(associationId).Null().When(x => role(x) != Roles.Association)
            .WithMessage(new Localized("只有商协会用户可以关联商协会。", "Only a user of role Association is linked to an association.").Current);

    /// <summary>A filer must belong to an existing unit; others may belong to one.</summary>
    public static async Task CheckUnitAsync(IApplicationDbContext db, string role, Guid? unitId, CancellationToken ct)
    {
        if (role == Roles.Filer && unitId is null)
        {
            throw DomainRuleException.Conflict("user.filer-needs-unit", "A filer must belong to a unit.");
        }

        if (unitId is { } id && !await db.Units.AnyAsync(u => u.Id == id, ct))
        {
            throw DomainRuleException.Conflict("user.unit-not-found", "The selected unit does not exist.");
        }
    }
}
