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

/// <summary>The life of an association (DOMAIN.md §5): 筹备组, established, dissolved.</summary>
public enum AssociationStatus
{
    /// <summary>筹备组: being set up.</summary>
    Preparatory = 1,

    /// <summary>已成立.</summary>
    Established = 2,

    /// <summary>已注销/解散: kept for its history, takes no new credit.</summary>
    Dissolved = 3,
}

/// <summary>
/// A chamber of commerce or alumni association (商协会/校友会) that can introduce projects (DOMAIN.md §5). The registry's
/// details (region, members, ratings, offices, liaison leader) live in <c>Association.Registry.cs</c>. Managed by the center.
/// </summary>
public sealed partial class Association : AuditableEntity
{
    public const int NameMaxLength = 200;

    private Association()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public AssociationKind Kind { get; private set; }

    /// <summary>Established unless the registry says otherwise; existing rows were established.</summary>
    public AssociationStatus Status { get; private set; } = AssociationStatus.Established;

    /// <summary>Home city or country: a code of the region list (SourceRegion.Code), e.g. 110000 北京, 440300 深圳, DE.</summary>
    public string? HomeRegionCode { get; private set; }

    public DateOnly? FoundedOn { get; private set; }

    public int? MemberCount { get; private set; }

    /// <summary>The city leader who keeps in touch with it (市级领导联系), e.g. "副市长 李明".</summary>
    public string? LiaisonLeader { get; private set; }

    /// <summary>A dissolved association takes no new credit, lead or opinion request: 409 <c>association.dissolved</c>.</summary>
    public void EnsureNotDissolved()
    {
        if (Status == AssociationStatus.Dissolved)
        {
            throw DomainRuleException.Conflict("association.dissolved", "The association is dissolved and takes nothing new.");
        }
    }

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
