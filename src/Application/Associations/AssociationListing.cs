using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations;

/// <summary>The registry search shared by the list and its export.</summary>
public static class AssociationListing
{
    /// <summary>
    /// Name contains <paramref name="search"/>; kind; status; region (its home region or one of its offices' cities); an
    /// industry chain of one of its members.
    /// </summary>
    public static IQueryable<Association> Search(
        this IQueryable<Association> associations, IApplicationDbContext db, AssociationKind? kind, AssociationStatus? status, string? regionCode, Guid? industryChainId, string? search)
    {
        if (kind is { } k)
        {
            associations = associations.Where(a => a.Kind == k);
        }

        if (status is { } s)
        {
            associations = associations.Where(a => a.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(regionCode))
        {
            var code = regionCode.Trim();
            associations = associations.Where(a => a.HomeRegionCode == code || db.AssociationOffices.Any(o => o.AssociationId == a.Id && o.CityRegionCode == code));
        }

        if (industryChainId is { } chain)
        {
            associations = associations.Where(a => db.AssociationMembers.Any(m => m.AssociationId == a.Id && m.IndustryChainId == chain));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            associations = associations.Where(a => a.Name.Contains(term));
        }

        return associations;
    }

    public static IOrderedQueryable<Association> InListOrder(this IQueryable<Association> associations) =>
        associations.OrderBy(a => a.Kind).ThenBy(a => a.Name).ThenBy(a => a.Id);
}
