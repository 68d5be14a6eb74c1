using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Tests.Support;

/// <summary>
/// Publishes to the <see cref="INotificationHandler{TNotification}"/>s registered in the scope, one after another, by the
/// notification's runtime type — what the app's source-generated Mediator does, without the generator in this project.
/// </summary>
internal sealed class HandlerPublisher(IServiceProvider services) : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Publish((object)notification, cancellationToken);

    public async ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        var contract = typeof(INotificationHandler<>).MakeGenericType(notification.GetType());
        var handle = contract.GetMethod(nameof(INotificationHandler<INotification>.Handle))!;
        foreach (var handler in services.GetServices(contract))
        {
            await (ValueTask)handle.Invoke(handler, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [notification, cancellationToken], null)!;
        }
    }
}
