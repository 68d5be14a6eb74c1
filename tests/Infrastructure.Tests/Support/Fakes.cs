using InvestPromo.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace InvestPromo.Infrastructure.Tests.Support;

/// <summary>Domain events go nowhere here; the interceptor only needs someone to publish to.</summary>
internal sealed class NoOpPublisher : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => ValueTask.CompletedTask;

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}

/// <summary>The caller, as the tests want it to be.</summary>
internal sealed class TestUser : ICurrentUser
{
    public Guid? UserId { get; set; }

    public string? Name { get; set; }

    public bool IsAuthenticated => Name is not null;

    public Guid? UnitId { get; set; }

    public Guid? ApiKeyId { get; set; }

    public bool ApiKeyMayReadContacts { get; set; }

    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    public bool IsInRole(string role) => Roles.Contains(role);
}

internal sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Testing";

    public string ApplicationName { get; set; } = "InvestPromo.Infrastructure.Tests";

    public string ContentRootPath { get; set; } = contentRoot;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
