using System.Collections.Concurrent;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Notifications;
using InvestPromo.Domain.Notifications;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Through the app's own Mediator: the notifications a decision stores (a handler run before the save) are handed to every
/// outbound channel (an after-commit event), each once.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class NotificationDeliveryTests(ApiFixture fixture) : ApiTest(fixture)
{
    private sealed class RecordingChannel : INotificationChannel
    {
        public ConcurrentQueue<OutboundNotification> Sent { get; } = new();

        public string Name => "test";

        public Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken)
        {
            Sent.Enqueue(notification);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_notifications_a_decision_stores_reach_the_outbound_channels_once_each()
    {
        var channel = new RecordingChannel();
        await using var app = Fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<INotificationChannel>(channel)));
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "渠道项目")), "submit");
        var reviewer = Fixture.CreateClient(app: app);
        (await reviewer.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Reviewer.UserName, password = DemoLogin.Reviewer.Password, rememberMe = false })).EnsureSuccessStatusCode();
        Assert.Empty(channel.Sent); // signing in stores no notification

        await FilingsTests.PostAsync(reviewer, filing, "approve");

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var filingId = filing.GetProperty("id").GetGuid();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Notifications.AsNoTracking()
            .Where(n => n.FilingId == filingId).Select(n => new { n.Id, n.RecipientId, n.Kind }).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.Equal(
            stored.Select(n => (n.Id, n.RecipientId, n.Kind)).Order(),
            channel.Sent.Select(s => (s.NotificationId, s.RecipientId, s.Kind)).Order());
        Assert.All(channel.Sent, s => Assert.Equal((NotificationKind.FilingApproved, (Guid?)filingId, "渠道项目"), (s.Kind, s.FilingId, s.Parameters.ProjectName)));
    }
}
