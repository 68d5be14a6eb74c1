using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.People;

/// <summary>
/// A notable native doing business elsewhere (在外知名X商名录, seed 000): the directory the center targets from (按图索骥). The
/// people part of the registry (<c>NotableNative.Registry.cs</c>) adds the rest; credits and leads point here by id.
/// </summary>
public sealed partial class NotableNative : AuditableEntity
{
    public const int NameMaxLength = 64;

    private NotableNative()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public static NotableNative Create(string name, Guid? by, DateTimeOffset now)
    {
        var native = new NotableNative();
        native.Rename(name);
        native.Stamp(by, now);
        return native;
    }

    public void Rename(string name) => Name = Guard.Text(name, NameMaxLength, "native.name-invalid", "Name");

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
