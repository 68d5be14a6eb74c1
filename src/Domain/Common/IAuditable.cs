namespace InvestPromo.Domain.Common;

/// <summary>Marks an entity whose every change is written to the audit trail.</summary>
public interface IAuditable;

/// <summary>Entities users can delete are only marked deleted and disappear from queries.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; }

    DateTimeOffset? DeletedAt { get; }

    Guid? DeletedBy { get; }
}

/// <summary>Creation stamp kept on every entity that users create.</summary>
public interface IHasCreationStamp
{
    DateTimeOffset CreatedAt { get; }

    Guid? CreatedBy { get; }
}
