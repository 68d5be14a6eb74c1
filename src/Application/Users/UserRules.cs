using InvestPromo.Application.Common.Security;

namespace InvestPromo.Application.Users;

internal static class UserRules
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 64;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> ValidRole<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Roles.IsUserRole).WithMessage((_, role) => $"'{role}' ∉ {{{string.Join(", ", Roles.UserRoles)}}}");

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
