using System.Text.Json.Serialization;

namespace InvestPromo.Domain.Changes;

/// <summary>What happened to a resource in one change-feed entry; travels camelCase, as the feed's wire was agreed.</summary>
public enum ChangeKind
{
    /// <summary>The resource was created (or existed before the feed did: the back-fill's entry).</summary>
    [JsonStringEnumMemberName("created")]
    Created = 1,

    /// <summary>Its fields were edited; the status stayed.</summary>
    [JsonStringEnumMemberName("updated")]
    Updated = 2,

    /// <summary>Its status moved (submitted, approved, returned, withdrawn, under re-review …), other than to revoked.</summary>
    [JsonStringEnumMemberName("statusChanged")]
    StatusChanged = 3,

    /// <summary>It was revoked (by a reviewer, or an upheld objection).</summary>
    [JsonStringEnumMemberName("revoked")]
    Revoked = 4,

    /// <summary>It was (softly) deleted.</summary>
    [JsonStringEnumMemberName("deleted")]
    Deleted = 5,
}

/// <summary>
/// One entry of the change feed: resource <see cref="Resource"/> <see cref="EntityId"/> changed (<see cref="Kind"/>) to
/// <see cref="Version"/>. <see cref="Sequence"/> is the feed's cursor: taken from one counter row as the last statement of the
/// change's own transaction, so sequence order is commit order (Infrastructure's <c>ChangeFeedWriter</c>). What the scope
/// needs is stored on the entry (<see cref="UnitId"/>, <see cref="UnitOnly"/>), so a reader's page is one index range scan.
/// Written once, never updated.
/// </summary>
public sealed class ChangeFeedEntry
{
    public const int ResourceMaxLength = 40;
    public const int StatusMaxLength = 40;

    private ChangeFeedEntry()
    {
        Resource = string.Empty;
    }

    public ChangeFeedEntry(long sequence, string resource, Guid entityId, ChangeKind kind, int version, DateTimeOffset changedAt, Guid? unitId, bool unitOnly, string? status)
    {
        Sequence = sequence;
        Resource = resource;
        EntityId = entityId;
        Kind = kind;
        Version = version;
        ChangedAt = changedAt;
        UnitId = unitId;
        UnitOnly = unitOnly;
        Status = status;
    }

    public long Sequence { get; private set; }

    /// <summary>The resource's name on the wire ("filing").</summary>
    public string Resource { get; private set; }

    public Guid EntityId { get; private set; }

    public ChangeKind Kind { get; private set; }

    /// <summary>The entity's <c>Version</c> after the change.</summary>
    public int Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The unit the resource belongs to (a filer reads its unit's entries), when it belongs to one.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>Only the unit may see this state of the resource (a filing's draft): everyone else skips the entry.</summary>
    public bool UnitOnly { get; private set; }

    /// <summary>The resource's status after the change, for resources that have one.</summary>
    public string? Status { get; private set; }
}

/// <summary>The one row the feed's sequence is taken from (<see cref="Value"/> = the last sequence handed out).</summary>
public sealed class ChangeFeedCounter
{
    public const int TheId = 1;

    private ChangeFeedCounter()
    {
    }

    public int Id { get; private set; }

    public long Value { get; private set; }
}
