using Mediator;

namespace InvestPromo.Domain.Common;

/// <summary>
/// A domain event raised by an entity. Its Application handlers (<c>INotificationHandler&lt;T&gt;</c>) run <em>before</em> the save
/// that carries the change, and what they add to the context is saved by that same SaveChanges, in its transaction: the change
/// and its consequences are stored together or not at all (Infrastructure's <c>DispatchDomainEventsInterceptor</c>).
/// </summary>
public interface IDomainEvent : INotification;

/// <summary>
/// A domain event whose handlers act outside the database (hand a notification to e-mail or SMS …): published only after the
/// save that stored it has committed, never when the save fails or its transaction is rolled back. A failing handler is logged
/// and never fails the committed request. Its handlers must not change the database.
/// </summary>
public interface IAfterCommitEvent : IDomainEvent;

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
