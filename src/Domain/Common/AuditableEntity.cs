namespace InvestPromo.Domain.Common;

/// <summary>An entity with creation stamps, an audit trail and soft delete.</summary>
public abstract class AuditableEntity : Entity, IAuditable, IHasCreationStamp, ISoftDeletable
{
    public DateTimeOffset CreatedAt { get; protected set; }

    public Guid? CreatedBy { get; protected set; }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public Guid? DeletedBy { get; private set; }

    protected void Stamp(Guid? by, DateTimeOffset at)
    {
        CreatedBy = by;
        CreatedAt = at;
    }

    protected void MarkDeleted(Guid? by, DateTimeOffset at)
    {
        if (IsDeleted)
        {
            throw DomainRuleException.Conflict("entity.already-deleted", "The record has already been deleted.");
        }

        IsDeleted = true;
        DeletedAt = at;
        DeletedBy = by;
    }
}
