using System.Reflection;

namespace InvestPromo.Architecture.Tests;

public sealed class HandlerTests
{
    /// <summary>Classes implementing one of Mediator's handler interfaces (ICommandHandler, IQueryHandler, …).</summary>
    internal static List<Type> Handlers(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsMediatorHandler))
            .ToList();

    private static bool IsMediatorHandler(Type contract) =>
        contract.IsGenericType
        && contract.Namespace == "Mediator"
        && contract.GetGenericTypeDefinition().Name is var name
        && (name.StartsWith("ICommandHandler`", StringComparison.Ordinal)
            || name.StartsWith("IQueryHandler`", StringComparison.Ordinal)
            || name.StartsWith("IRequestHandler`", StringComparison.Ordinal)
            || name.StartsWith("INotificationHandler`", StringComparison.Ordinal)
            || name.StartsWith("IStreamQueryHandler`", StringComparison.Ordinal)
            || name.StartsWith("IStreamCommandHandler`", StringComparison.Ordinal)
            || name.StartsWith("IStreamRequestHandler`", StringComparison.Ordinal));

    [Fact]
    public void Every_command_and_query_handler_is_sealed()
    {
        var handlers = Handlers(Layers.Application);
        Assert.Contains(handlers, h => h.Name == "RetireUnusedApiKeysHandler");
        Assert.Contains(handlers, h => h.Name == "ListUnitsHandler");

        var open = handlers.Where(h => !h.IsSealed).Select(h => h.FullName).ToList();

        Assert.True(open.Count == 0, "Handlers must be sealed: " + string.Join(", ", open));
    }

    [Fact]
    public void Every_handler_lives_in_the_application_layer() =>
        Assert.All(Handlers(Layers.Application), h => Assert.StartsWith(Layers.ApplicationNamespace + ".", h.Namespace, StringComparison.Ordinal));

    [Fact]
    public void Control_an_unsealed_handler_would_be_found()
    {
        var handlers = Handlers(typeof(HandlerTests).Assembly);

        Assert.Contains(typeof(UnsealedHandlerForTheControl), handlers);
        Assert.False(typeof(UnsealedHandlerForTheControl).IsSealed);
    }
}

/// <summary>Only here to show that the handler rule notices a handler that is not sealed.</summary>
#pragma warning disable CA1852 // deliberately not sealed
internal class UnsealedHandlerForTheControl : Mediator.IQueryHandler<ControlQuery, int>
#pragma warning restore CA1852
{
    public ValueTask<int> Handle(ControlQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

internal sealed record ControlQuery : Mediator.IQuery<int>;
