using InvestPromo.Domain.Common;

namespace InvestPromo.Architecture.Tests;

/// <summary>
/// A domain event nobody handles is silently dropped (Mediator ignores it), as <c>FilingDecided</c> once was: every event the
/// domain can raise has an Application handler.
/// </summary>
public sealed class DomainEventTests
{
    internal static List<Type> Events() =>
        Layers.Domain.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t)).ToList();

    /// <summary>The events among these that no Application handler handles.</summary>
    internal static List<Type> Unhandled(IEnumerable<Type> events)
    {
        var handled = HandlerTests.Handlers(Layers.Application)
            .SelectMany(h => h.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Mediator.INotificationHandler<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        return events.Where(e => !handled.Contains(e)).ToList();
    }

    [Fact]
    public void Every_domain_event_has_an_application_handler()
    {
        var events = Events();
        Assert.Contains(typeof(Domain.Filings.FilingDecided), events);
        Assert.Contains(typeof(Domain.Notifications.NotificationCreated), events);

        var unhandled = Unhandled(events);

        Assert.True(unhandled.Count == 0, "Domain events without a handler in Application: " + string.Join(", ", unhandled.Select(e => e.FullName)));
    }

    [Fact]
    public void Control_an_event_without_a_handler_would_be_found() =>
        Assert.Equal([typeof(UnhandledEventForTheControl)], Unhandled([typeof(UnhandledEventForTheControl), typeof(Domain.Filings.FilingDecided)]));
}

/// <summary>Only here to show that the rule notices an event nobody handles.</summary>
internal sealed record UnhandledEventForTheControl : IDomainEvent;
