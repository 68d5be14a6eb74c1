using InvestPromo.Application.Common.Security;

namespace InvestPromo.Application.People;

/// <summary>
/// The one rule for who reads the phone and e-mail of ambassadors and notable natives (issue 14 item 3): the center's staff —
/// admins, reviewers and leaders. Nobody else (filers, associations, API keys) gets them, in any answer or export.
/// </summary>
public static class PeopleContacts
{
    public static bool MaySee(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Leader);
    }
}
