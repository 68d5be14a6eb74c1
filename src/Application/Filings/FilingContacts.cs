using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings;

/// <summary>
/// The one rule for who reads a filing's personal contacts — the contact person and phone and the recommender's contact: the
/// filing's own unit (its filers), reviewers and admins, and an API key only with an admin's explicit grant
/// (<c>ApiKey.MayReadContacts</c>, whatever its read-only/read-write scope). Leaders, associations and other keys read filings
/// without them. Every answer that carries these fields goes through here: <see cref="FilingDto"/> (its fields and its history's
/// changes, <see cref="ForCaller"/>) and the filing and review-queue exports (<see cref="Excel.FilingExport"/>). The recommender's
/// name stays visible: it is who is credited, not a way to reach someone. Lists, duplicates, publications and the reserve list
/// never carry contacts; objectors' contacts are read only by reviewers and admins (the objection endpoints' policy).
/// </summary>
public static class FilingContacts
{
    /// <summary>The contact fields under their wire names, as the history's changes name them (<see cref="FilingChanges"/>).</summary>
    public static IReadOnlyList<string> Fields { get; } =
        [.. new[] { nameof(Filing.RecommenderContact), nameof(Filing.ContactName), nameof(Filing.ContactPhone) }.Select(FieldNames.ToCamelCasePath)];

    /// <summary>Whether the caller may read the contacts of a filing of this unit.</summary>
    public static bool MaySee(ICurrentUser user, Guid unitId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Reviewer)
            || user.IsInRole(Roles.Admin)
            || (user.IsInRole(Roles.Filer) && user.UnitId == unitId)
            || (user.IsInRole(Roles.Integrator) && user.ApiKeyMayReadContacts);
    }

    /// <summary>Whether the caller may read any filing's contacts at all: an export's contact columns are there only then.</summary>
    public static bool MaySeeAny(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return MaySee(user, user.UnitId ?? Guid.Empty); // a filer sees its own unit's; for anyone else the unit does not matter
    }

    /// <summary>The filing as this caller may read it: without the contacts (null), in its fields and in its history, unless allowed.</summary>
    public static FilingDto ForCaller(this FilingDto filing, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (MaySee(user, filing.UnitId))
        {
            return filing;
        }

        return filing with
        {
            RecommenderContact = null,
            ContactName = null,
            ContactPhone = null,
            History = [.. filing.History.Select(h => h with { Changes = FilingChanges.Without(h.Changes, Fields) })],
        };
    }
}
