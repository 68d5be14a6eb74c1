using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Organisation;

namespace InvestPromo.Application.Units;

/// <summary>A filer sees only its own unit; everyone else who may list units sees them all.</summary>
public static class UnitScope
{
    public static IQueryable<CarrierUnit> VisibleTo(this IQueryable<CarrierUnit> units, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Filer))
        {
            var own = user.UnitId ?? Guid.Empty;
            return units.Where(u => u.Id == own);
        }

        return units;
    }
}
