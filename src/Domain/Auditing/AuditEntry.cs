namespace InvestPromo.Domain.Auditing;

public enum AuditAction
{
    Created = 1,
    Modified = 2,
    Deleted = 3,
}

/// <summary>
/// One change to an audited entity: who, when, what, and the values before and after (JSON objects
/// of the changed properties). Written in the same transaction as the change; never updated.
/// </summary>
public sealed class AuditEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 64;
    public const int UserNameMaxLength = 256;

    private AuditEntry()
    {
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? TraceId { get; private set; }

    public static AuditEntry Record(DateTimeOffset at, Guid? userId, string? userName, string entityType, string entityId, AuditAction action, string? before, string? after, string? traceId) => new()
    {
        Id = Guid.CreateVersion7(at),
        OccurredAt = at,
        UserId = userId,
        UserName = userName is { Length: > UserNameMaxLength } ? userName[..UserNameMaxLength] : userName,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        Before = before,
        After = after,
        TraceId = traceId,
    };
}
