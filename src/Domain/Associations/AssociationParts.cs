using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Associations;

/// <summary>
/// A liaison office or station (招商联络处/站) of an association, in a city elsewhere: where the city's people can be met.
/// Managed by the center and by the association itself (audited). Targeting (按图索骥) reads its city.
/// </summary>
public sealed partial class AssociationOffice : AuditableEntity
{
    public const int NameMaxLength = 100;
    public const int ContactMaxLength = 64;

    private AssociationOffice()
    {
        Name = string.Empty;
        CityRegionCode = string.Empty;
    }

    public Guid AssociationId { get; private set; }

    /// <summary>e.g. 常德市招商联络处(深圳).</summary>
    public string Name { get; private set; }

    /// <summary>The city's code in the region list (SourceRegion.Code), e.g. 440300; a country's two-letter code abroad.</summary>
    public string CityRegionCode { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public static AssociationOffice Open(Guid associationId, string name, string cityRegionCode, string? contactName, string? contactPhone, Guid? by, DateTimeOffset now)
    {
        var office = new AssociationOffice { AssociationId = associationId };
        office.Update(name, cityRegionCode, contactName, contactPhone);
        office.Stamp(by, now);
        return office;
    }

    public void Update(string name, string cityRegionCode, string? contactName, string? contactPhone)
    {
        Name = Guard.Text(name, NameMaxLength, "association-office.name-invalid", "Office name");
        CityRegionCode = Guard.Text(cityRegionCode, 16, "association-office.city-invalid", "City");
        ContactName = Guard.OptionalText(contactName, ContactMaxLength, "association-office.contact-invalid", "Contact");
        ContactPhone = Guard.OptionalText(contactPhone, ContactMaxLength, "association-office.contact-invalid", "Contact phone");
    }

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}

/// <summary>
/// A member company of an association: name, 统一社会信用代码 when domestic, industry chain, its position in the association
/// (会长单位, 副会长单位, 理事单位, 会员单位 …). Targeting (按图索骥) reads its chain.
/// </summary>
public sealed partial class AssociationMember : AuditableEntity
{
    public const int CompanyNameMaxLength = 200;
    public const int PositionMaxLength = 32;

    private AssociationMember()
    {
        CompanyName = string.Empty;
    }

    public Guid AssociationId { get; private set; }

    public string CompanyName { get; private set; }

    /// <summary>18 characters, checked like a filing's; null for a company abroad.</summary>
    public string? CreditCode { get; private set; }

    public Guid? IndustryChainId { get; private set; }

    public string? Position { get; private set; }

    /// <summary>The caller has checked the credit code (<c>CreditCode</c> rules) and that the chain exists.</summary>
    public static AssociationMember Add(Guid associationId, string companyName, string? creditCode, Guid? industryChainId, string? position, Guid? by, DateTimeOffset now)
    {
        var member = new AssociationMember { AssociationId = associationId };
        member.Update(companyName, creditCode, industryChainId, position);
        member.Stamp(by, now);
        return member;
    }

    public void Update(string companyName, string? creditCode, Guid? industryChainId, string? position)
    {
        CompanyName = Guard.Text(companyName, CompanyNameMaxLength, "association-member.name-invalid", "Company name");
        CreditCode = Guard.OptionalText(creditCode, 18, "association-member.credit-code-invalid", "Credit code");
        IndustryChainId = industryChainId;
        Position = Guard.OptionalText(position, PositionMaxLength, "association-member.position-invalid", "Position");
    }

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
