using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Associations;

/// <summary>The kinds of association of DOMAIN.md §5.</summary>
public enum AssociationKind
{
    /// <summary>异地商会: a home-town chamber elsewhere, e.g. 北京常德商会.</summary>
    HometownChamberElsewhere = 1,

    /// <summary>外地在本市商会: a chamber of another region in the city, e.g. 江西商会.</summary>
    LocalChamberOfOtherRegion = 2,

    /// <summary>行业协会.</summary>
    IndustryAssociation = 3,

    /// <summary>乡镇/园区商会.</summary>
    TownshipOrParkChamber = 4,

    /// <summary>校友会.</summary>
    AlumniAssociation = 5,

    /// <summary>海外社团.</summary>
    OverseasAssociation = 6,
}

/// <summary>
/// A chamber of commerce or alumni association (商协会/校友会) that can introduce projects. Minimal for now (name,
/// kind); a later issue adds location, members, rating, liaison leader. Managed by admins.
/// </summary>
public sealed class Association : AuditableEntity
{
    public const int NameMaxLength = 200;

    private Association()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public AssociationKind Kind { get; private set; }

    public static Association Create(string name, AssociationKind kind, Guid? by, DateTimeOffset now)
    {
        var association = new Association();
        association.Update(name, kind);
        association.Stamp(by, now);
        return association;
    }

    public void Update(string name, AssociationKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw DomainRuleException.Invalid("association.kind-invalid", "Unknown association kind.");
        }

        Name = Guard.Text(name, NameMaxLength, "association.name-invalid", "Association name");
        Kind = kind;
    }

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
