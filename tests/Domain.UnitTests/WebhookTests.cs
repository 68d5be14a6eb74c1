using InvestPromo.Domain.Common;
using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Domain.UnitTests;

public sealed class WebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static WebhookSubscription Subscription(params string[] types) =>
        WebhookSubscription.Register("https://hooks.example.com/x", types, "  ", "protected", null, Now);

    [Fact]
    public void The_backoff_doubles_from_the_base_up_to_the_cap()
    {
        var waits = Enumerable.Range(1, 8).Select(n => WebhookDelivery.Backoff(n, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10)).TotalSeconds).ToArray();

        Assert.Equal([30d, 60, 120, 240, 480, 600, 600, 600], waits);
    }

    [Fact]
    public void A_pending_delivery_cannot_be_redelivered_but_a_failed_one_starts_a_new_series()
    {
        var webhookEvent = WebhookEvent.Create("filing.approved", Now, id => $"{{\"id\":\"{id}\"}}");
        var delivery = WebhookDelivery.For(webhookEvent, Guid.NewGuid(), Now);

        Assert.Equal("webhooks.delivery-pending", Assert.Throws<DomainRuleException>(() => delivery.Redeliver(Now)).Code);
        Assert.Contains(webhookEvent.Id.ToString(), webhookEvent.Body, StringComparison.Ordinal);
        Assert.IsType<WebhookEventStored>(Assert.Single(webhookEvent.DomainEvents));
    }

    [Fact]
    public void A_paused_subscription_wants_nothing_and_resuming_makes_it_active()
    {
        var subscription = Subscription("filing.approved", "filing.approved", "filing.submitted");

        Assert.Equal(["filing.approved", "filing.submitted"], subscription.EventTypes);
        Assert.Null(subscription.Description);
        Assert.True(subscription.Wants("filing.approved"));
        Assert.False(subscription.Wants("filing.revoked"));
        subscription.Pause();
        Assert.False(subscription.Wants("filing.approved"));
        subscription.Resume();
        Assert.Equal(WebhookSubscriptionStatus.Active, subscription.Status);
    }

    [Fact]
    public void A_subscription_needs_an_event_type() =>
        Assert.Equal("webhooks.event-types-invalid", Assert.Throws<DomainRuleException>(() => Subscription()).Code);
}
