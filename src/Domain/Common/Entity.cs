using Mediator;

namespace InvestPromo.Domain.Common;

/// <summary>A domain event raised by an entity and dispatched after the change is saved.</summary>
public interface IDomainEvent : INotification;

/// <summary>
/// Base of every aggregate: a Guid identity, an optimistic concurrency <see cref="Version"/>
/// (incremented on each save) and the domain events it has raised.
/// </summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected Entity() => Id = Guid.CreateVersion7();

    public Guid Id { get; protected set; }

    /// <summary>Optimistic concurrency token; clients send it back and a stale value is refused (409).</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
