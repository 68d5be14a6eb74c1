using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.ReferenceData;

/// <summary>
/// An industry chain (产业链) of the city's admin-maintained taxonomy, e.g. one of "五群十链".
/// </summary>
public sealed class IndustryChain : AuditableEntity
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;
    public const int GroupMaxLength = 100;

    private IndustryChain()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? NameEn { get; private set; }

    /// <summary>The cluster (产业集群) the chain belongs to, if the city groups its chains.</summary>
    public string? Group { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public static IndustryChain Create(string code, string name, string? nameEn, string? group, int sortOrder, Guid? by, DateTimeOffset now)
    {
        var chain = new IndustryChain
        {
            Code = Guard.Text(code, CodeMaxLength, "industry-chain.code-invalid", "Chain code").ToUpperInvariant(),
            IsActive = true,
        };
        chain.Update(name, nameEn, group, sortOrder);
        chain.Stamp(by, now);
        return chain;
    }

    public void Update(string name, string? nameEn, string? group, int sortOrder)
    {
        var checkedName = Guard.Text(name, NameMaxLength, "industry-chain.name-invalid", "Chain name");
        var checkedNameEn = Guard.OptionalText(nameEn, NameMaxLength, "industry-chain.name-invalid", "English name");
        var checkedGroup = Guard.OptionalText(group, GroupMaxLength, "industry-chain.group-invalid", "Group");
        Name = checkedName;
        NameEn = checkedNameEn;
        Group = checkedGroup;
        SortOrder = sortOrder;
    }

    /// <summary>A deactivated chain stays on the filings that name it but is no longer offered for new ones.</summary>
    public void SetActive(bool active) => IsActive = active;

    /// <summary>Soft delete; the caller makes sure no filing names the chain (deactivate it otherwise).</summary>
    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
