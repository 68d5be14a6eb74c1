using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Changes;

namespace InvestPromo.Application.Changes;

/// <summary>
/// Who reads which feed entries, as <c>FilingScope.VisibleTo</c> for the filings themselves: a filer only its own unit's (its
/// drafts included); reviewers, admins, leaders and keys every unit's, except the states only the unit may see (a draft, so a
/// filing appears to them from its submission on). Both are one index range scan: (UnitId, Sequence) and (UnitOnly, Sequence).
/// </summary>
public static class ChangeFeedScope
{
    public static IQueryable<ChangeFeedEntry> VisibleTo(this IQueryable<ChangeFeedEntry> entries, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Filer))
        {
            Guid? own = user.UnitId ?? Guid.Empty;
            return entries.Where(e => e.UnitId == own);
        }

        return entries.Where(e => e.UnitOnly == false);
    }
}
