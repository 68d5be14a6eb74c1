using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Organisation;

/// <summary>The kind of a carrier unit (载体单位).</summary>
public enum UnitKind
{
    /// <summary>投资促进中心: the city's investment promotion center itself.</summary>
    Center = 1,

    /// <summary>县区: a county or district.</summary>
    County = 2,

    /// <summary>开发园区: a development park.</summary>
    Park = 3,
}

/// <summary>
/// A carrier unit (载体单位): the center, a county/district or a development park. Filers belong to
/// exactly one unit and see only its data. Managed by admins.
/// </summary>
public sealed class CarrierUnit : AuditableEntity
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;

    private CarrierUnit()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    /// <summary>Short stable code, e.g. the GB/T 2260 code of a county or an internal park code.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    public string? Description { get; private set; }

    public static CarrierUnit Create(string code, string name, UnitKind kind, string? description, Guid? by, DateTimeOffset now)
    {
        var unit = new CarrierUnit
        {
            Code = NormaliseCode(code),
        };
        unit.Apply(name, kind, description);
        unit.Stamp(by, now);
        return unit;
    }

    public void Update(string name, UnitKind kind, string? description)
    {
        if (Kind == UnitKind.Center && kind != UnitKind.Center)
        {
            throw DomainRuleException.Conflict("unit.center-kind-fixed", "The center's kind cannot be changed.");
        }

        Apply(name, kind, description);
    }

    public void Delete(bool hasActiveUsers, Guid? by, DateTimeOffset now)
    {
        if (Kind == UnitKind.Center)
        {
            throw DomainRuleException.Conflict("unit.center-cannot-be-deleted", "The center cannot be deleted.");
        }

        if (hasActiveUsers)
        {
            throw DomainRuleException.Conflict("unit.has-users", "A unit with active users cannot be deleted; move or deactivate its users first.");
        }

        MarkDeleted(by, now);
    }

    public static string NormaliseCode(string code) =>
        Guard.Text(code, CodeMaxLength, "unit.code-invalid", "Unit code").ToUpperInvariant();

    private void Apply(string name, UnitKind kind, string? description)
    {
        if (!Enum.IsDefined(kind))
        {
            throw DomainRuleException.Invalid("unit.kind-invalid", "Unknown unit kind.");
        }

        var checkedName = Guard.Text(name, NameMaxLength, "unit.name-invalid", "Unit name");
        var checkedDescription = Guard.OptionalMultiLineText(description, DescriptionMaxLength, "unit.description-invalid", "Description");
        Name = checkedName;
        Kind = kind;
        Description = checkedDescription;
    }
}
