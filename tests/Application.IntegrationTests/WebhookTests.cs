using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Objections.Commands.DismissObjection;
using InvestPromo.Application.Objections.Commands.LodgeObjection;
using InvestPromo.Application.Publications.Commands.PublishDueWeeks;
using InvestPromo.Application.Webhooks;
using InvestPromo.Application.Webhooks.Commands.CreateWebhookSubscription;
using InvestPromo.Application.Webhooks.Commands.DeliverWebhooks;
using InvestPromo.Application.Webhooks.Commands.PingWebhookSubscription;
using InvestPromo.Application.Webhooks.Commands.RedeliverWebhook;
using InvestPromo.Application.Webhooks.Commands.UpdateWebhookSubscription;
using InvestPromo.Application.Webhooks.Queries.ListWebhookDeliveries;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Publications;
using InvestPromo.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Webhooks through the use cases, against a receiver on loopback: events enter the outbox in the change's transaction (and
/// never for a rolled-back one), the delivery job signs and sends them, retries with backoff on the test's clock, claims each
/// delivery so two runs never send it twice, marks a subscription failing after the last attempt, and redelivers.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class WebhookTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly string[] Everything = [.. WebhookEventTypes.All];

    private async Task<WebhookSubscriptionSavedDto> SubscribeAsync(WebhookReceiver receiver, params string[] types) =>
        await SendAsync(Admin, new CreateWebhookSubscriptionCommand(receiver.Url.ToString(), types.Length == 0 ? Everything : types, "测试接收端"));

    private Task<int> DeliverAsync() => SendAsync(Caller.System, new DeliverWebhooksCommand());

    private async Task<IReadOnlyList<WebhookDeliveryDto>> LogAsync(WebhookDeliveryStatus? status = null) =>
        (await SendAsync(Admin, new ListWebhookDeliveriesQuery(null, status, 1, 200))).Items;

    private Task<int> OutboxCountAsync() => Fixture.DbAsync(db => db.WebhookEvents.CountAsync());

    private static JsonElement Json(ReceivedWebhook received) => JsonDocument.Parse(received.Body).RootElement;

    [Fact]
    public async Task A_submission_reaches_the_receiver_signed_with_the_secret_the_server_generated_once()
    {
        using var receiver = WebhookReceiver.Start(200);
        var saved = await SubscribeAsync(receiver, WebhookEventTypes.FilingSubmitted);
        var filing = await SubmitAsync(Filer, await CreateAsync(Filer, "签名验证项目"));

        Assert.Equal(1, Fixture.WebhookTrigger.Count); // kicked right after the commit
        Assert.Equal(1, await DeliverAsync());

        var received = Assert.Single(receiver.Received);
        Assert.StartsWith("whsec_", saved.Secret, StringComparison.Ordinal);
        Assert.True(received.SignatureVerifies(saved.Secret!));
        Assert.False(received.SignatureVerifies(saved.Secret + "x"));
        Assert.Equal("filing.submitted", received.Header("X-InvestPromo-Event"));
        Assert.Equal(AppFixture.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), received.Header("X-InvestPromo-Timestamp"));
        var body = Json(received);
        Assert.Equal(received.Header("X-InvestPromo-Event-Id"), body.GetProperty("id").GetString());
        Assert.Equal("filing.submitted", body.GetProperty("type").GetString());
        Assert.Equal(filing.Id, body.GetProperty("data").GetProperty("filingId").GetGuid());
        Assert.Equal("签名验证项目", body.GetProperty("data").GetProperty("projectName").GetString());
        Assert.DoesNotContain("contact", received.Body, StringComparison.OrdinalIgnoreCase);

        var logged = Assert.Single(await LogAsync());
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 200), (logged.Status, logged.Attempts, logged.LastStatusCode));
        Assert.Equal("received 1", logged.LastResponse);
        Assert.Equal(0, await DeliverAsync()); // delivered once, never again
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_event_once_it_succeeds_after_the_backoff()
    {
        using var receiver = WebhookReceiver.Start(500, 503, 200);
        await SubscribeAsync(receiver, WebhookEventTypes.FilingApproved);
        await ApprovedAsync("重试项目");

        Assert.Equal(1, await DeliverAsync());
        var first = Assert.Single(await LogAsync());
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 500), (first.Status, first.Attempts, first.LastStatusCode));
        Assert.Equal(AppFixture.Start.AddSeconds(30), first.NextAttemptAt); // base 30 s

        Assert.Equal(0, await DeliverAsync()); // not due yet
        Fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await DeliverAsync());
        var second = Assert.Single(await LogAsync());
        Assert.Equal((2, 503), (second.Attempts, second.LastStatusCode));
        Assert.Equal(AppFixture.Start.AddSeconds(30 + 60), second.NextAttemptAt); // doubled

        Fixture.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await DeliverAsync());
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await DeliverAsync());

        var done = Assert.Single(await LogAsync());
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, 200), (done.Status, done.Attempts, done.LastStatusCode));
        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Header("X-InvestPromo-Event-Id")).Distinct());
    }

    [Fact]
    public async Task After_the_last_attempt_the_delivery_fails_and_the_subscription_is_failing_until_a_delivery_succeeds()
    {
        using var receiver = WebhookReceiver.Start(500, 500, 500, 500, 500, 500, 500, 500, 200);
        var saved = await SubscribeAsync(receiver, WebhookEventTypes.FilingSubmitted);
        await SubmitAsync(Filer, await CreateAsync(Filer, "失败项目"));

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            Assert.Equal(1, await DeliverAsync());
            Fixture.Clock.Advance(TimeSpan.FromHours(6)); // the cap
        }

        Assert.Equal(0, await DeliverAsync());
        var failed = Assert.Single(await LogAsync());
        Assert.Equal((WebhookDeliveryStatus.Failed, 8, null), (failed.Status, failed.Attempts, failed.NextAttemptAt));
        var subscription = await Fixture.DbAsync(db => db.WebhookSubscriptions.SingleAsync());
        Assert.Equal(WebhookSubscriptionStatus.Failing, subscription.Status);

        // Redelivery: a new series for the same event, audited; its success makes the subscription active again.
        var again = await SendAsync(Admin, new RedeliverWebhookCommand(failed.Id));
        Assert.Equal((failed.EventId, failed.Id, WebhookDeliveryStatus.Pending), (again.EventId, again.RedeliveryOf, again.Status));
        Assert.Equal(1, await DeliverAsync());
        Assert.Equal(WebhookSubscriptionStatus.Active, (await Fixture.DbAsync(db => db.WebhookSubscriptions.SingleAsync())).Status);
        Assert.Equal(9, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Header("X-InvestPromo-Event-Id")).Distinct());
        Assert.True(await Fixture.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "WebhookDelivery" && a.EntityId == again.Id.ToString() && a.UserId == Admin.UserId)));
        Assert.Equal(saved.Subscription.Id, again.SubscriptionId);
    }

    [Fact]
    public async Task Nothing_is_written_or_delivered_for_a_rolled_back_change()
    {
        using var receiver = WebhookReceiver.Start(200);
        await SubscribeAsync(receiver);
        var draft = await CreateAsync(Filer, "回滚项目");
        var trigger = Fixture.WebhookTrigger.Count;

        // An explicit transaction runs inside the execution strategy (PostgreSQL retries; Application/Common/Persistence/Transactions.cs).
        await Fixture.DbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var filing = await db.Filings.SingleAsync(f => f.Id == draft.Id);
            filing.Submit(AppFixture.Start, ReviewDeadlineFor(AppFixture.Start), new Domain.Filings.FilingActor(Filer.UserId, "filer"));
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.WebhookEvents.CountAsync()); // written in the change's transaction …
            await transaction.RollbackAsync();
            return 0;
        }));

        Assert.Equal(0, await OutboxCountAsync()); // … and gone with it
        Assert.Equal(trigger, Fixture.WebhookTrigger.Count); // no kick after a rollback
        Assert.Equal(0, await DeliverAsync());
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Only_subscriptions_that_want_the_type_and_are_not_paused_get_an_event()
    {
        using var receiver = WebhookReceiver.Start(200);
        await SubscribeAsync(receiver, WebhookEventTypes.FilingApproved);
        var paused = await SubscribeAsync(receiver, WebhookEventTypes.FilingSubmitted);
        await SendAsync(Admin, new UpdateWebhookSubscriptionCommand(paused.Subscription.Id, receiver.Url.ToString(), [WebhookEventTypes.FilingSubmitted], null, Paused: true, paused.Subscription.Version));

        await SubmitAsync(Filer, await CreateAsync(Filer, "无人订阅"));

        Assert.Equal(0, await OutboxCountAsync());
        Assert.Equal(0, Fixture.WebhookTrigger.Count);
    }

    [Fact]
    public async Task Decisions_publications_and_objections_each_raise_their_event()
    {
        using var receiver = WebhookReceiver.Start(200);
        await SubscribeAsync(receiver);
        var lastWeek = PublicationWeek.Containing(AppFixture.Start).AddDays(-7);
        var approved = await ApprovedAtAsync("公示项目一", ChinaTime(lastWeek.AddDays(1), 10));
        await ApprovedAtAsync("公示项目二", ChinaTime(lastWeek.AddDays(2), 10));
        var returned = await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "退回项目")), "材料不全");
        await RevokeAsync(Reviewer, await ApprovedAsync("撤销项目"), "信息有误");
        At(AppFixture.Start);
        Assert.Equal(1, await SendAsync(Caller.System, new PublishDueWeeksCommand()));

        var publication = await Fixture.DbAsync(db => db.Publications.Include(p => p.Entries).SingleAsync());
        var entry = publication.Entries.Single(e => e.FilingId == approved.Id);
        await SendAsync(Caller.System, new LodgeObjectionCommand(publication.Id, entry.Id, "张三", "13800138000", "该项目投资方信息与实际不符。", "203.0.113.9"));
        var objection = await Fixture.DbAsync(db => db.Objections.SingleAsync());
        await SendAsync(Reviewer, new DismissObjectionCommand(objection.Id, objection.Version, "经核实信息无误"));

        Assert.True(await DeliverAsync() > 0);
        var types = receiver.Received.Select(r => r.Header("X-InvestPromo-Event")).ToList();
        Assert.Equal(4, types.Count(t => t == "filing.submitted"));
        Assert.Equal(3, types.Count(t => t == "filing.approved"));
        Assert.Equal(1, types.Count(t => t == "filing.returned"));
        Assert.Equal(1, types.Count(t => t == "filing.revoked"));
        Assert.Equal(1, types.Count(t => t == "publication.published")); // one per publication, not per entry
        Assert.Equal(1, types.Count(t => t == "objection.lodged"));
        Assert.Equal(1, types.Count(t => t == "objection.decided"));

        var published = Json(receiver.Received.Single(r => r.Header("X-InvestPromo-Event") == "publication.published")).GetProperty("data");
        Assert.Equal((publication.Id, 2), (published.GetProperty("publicationId").GetGuid(), published.GetProperty("entryCount").GetInt32()));
        var lodged = receiver.Received.Single(r => r.Header("X-InvestPromo-Event") == "objection.lodged").Body;
        Assert.DoesNotContain("13800138000", lodged, StringComparison.Ordinal); // never the objector's contact …
        Assert.DoesNotContain("张三", lodged, StringComparison.Ordinal);         // … nor name
        var decided = Json(receiver.Received.Single(r => r.Header("X-InvestPromo-Event") == "objection.decided")).GetProperty("data");
        Assert.Equal("Dismissed", decided.GetProperty("outcome").GetString());
        var returnedEvent = Json(receiver.Received.Single(r => r.Header("X-InvestPromo-Event") == "filing.returned")).GetProperty("data");
        Assert.Equal((returned.Id, "材料不全"), (returnedEvent.GetProperty("filingId").GetGuid(), returnedEvent.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Two_runs_at_once_send_a_delivery_only_once()
    {
        using var receiver = WebhookReceiver.Start(200);
        receiver.Delay = TimeSpan.FromMilliseconds(300);
        await SubscribeAsync(receiver, WebhookEventTypes.FilingSubmitted);
        await SubmitAsync(Filer, await CreateAsync(Filer, "并发投递"));

        var runs = await Task.WhenAll(DeliverAsync(), DeliverAsync(), DeliverAsync());

        Assert.Equal(1, runs.Sum());
        Assert.Single(receiver.Received);
        Assert.Equal(WebhookDeliveryStatus.Delivered, Assert.Single(await LogAsync()).Status);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        using var elsewhere = WebhookReceiver.Start(200);
        using var receiver = WebhookReceiver.Start(200);
        receiver.RedirectTo = elsewhere.Url;
        await SubscribeAsync(receiver, WebhookEventTypes.FilingSubmitted);
        await SubmitAsync(Filer, await CreateAsync(Filer, "重定向"));

        await DeliverAsync();

        var logged = Assert.Single(await LogAsync());
        Assert.Equal((WebhookDeliveryStatus.Pending, 302), (logged.Status, logged.LastStatusCode));
        Assert.Contains("redirect", logged.LastError, StringComparison.Ordinal);
        Assert.Single(receiver.Received);
        Assert.Empty(elsewhere.Received);
    }

    [Fact]
    public async Task A_ping_goes_to_that_subscription_alone()
    {
        using var receiver = WebhookReceiver.Start(200);
        using var other = WebhookReceiver.Start(200);
        var saved = await SubscribeAsync(receiver, WebhookEventTypes.FilingRevoked);
        await SubscribeAsync(other, WebhookEventTypes.FilingRevoked);

        var ping = await SendAsync(Admin, new PingWebhookSubscriptionCommand(saved.Subscription.Id));
        await DeliverAsync();

        Assert.Equal("ping", ping.EventType);
        var received = Assert.Single(receiver.Received);
        Assert.Equal("ping", received.Header("X-InvestPromo-Event"));
        Assert.True(received.SignatureVerifies(saved.Secret!));
        Assert.Empty(other.Received);
    }

    [Theory]
    [InlineData("https://10.1.2.3/hook", "webhooks.url-private")]
    [InlineData("https://192.168.0.10/hook", "webhooks.url-private")]
    [InlineData("https://169.254.169.254/latest", "webhooks.url-private")]
    [InlineData("https://[::ffff:172.16.0.1]/hook", "webhooks.url-private")]
    [InlineData("https://[fd00::1]/hook", "webhooks.url-private")]
    [InlineData("https://0.0.0.0/hook", "webhooks.url-private")]
    [InlineData("http://203.0.113.7/hook", "webhooks.url-not-https")]
    [InlineData("http://example.com/hook", "webhooks.url-not-https")]
    public async Task A_private_or_plain_http_target_is_refused_and_nothing_is_saved(string url, string code)
    {
        var refused = await Assert.ThrowsAsync<BadRequestException>(() =>
            SendAsync(Admin, new CreateWebhookSubscriptionCommand(url, [WebhookEventTypes.FilingSubmitted])));

        Assert.Equal((code, "url"), (refused.Code, refused.Field));
        Assert.Equal(0, await Fixture.DbAsync(db => db.WebhookSubscriptions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task An_unknown_event_type_or_a_short_secret_is_a_validation_error()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            SendAsync(Admin, new CreateWebhookSubscriptionCommand("https://hooks.example.com/x", ["filing.exploded"], null, "short")));

        Assert.Contains("eventTypes[0]", refused.Errors.Keys);
        Assert.Contains("secret", refused.Errors.Keys);
        Assert.Equal(0, await Fixture.DbAsync(db => db.WebhookSubscriptions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_secret_is_stored_protected_and_an_admins_own_secret_signs()
    {
        using var receiver = WebhookReceiver.Start(200);
        const string secret = "my-own-secret-0123456789";
        var saved = await SendAsync(Admin, new CreateWebhookSubscriptionCommand(receiver.Url.ToString(), [WebhookEventTypes.FilingSubmitted], null, secret));

        Assert.Null(saved.Secret); // the admin's own is not echoed
        var stored = await Fixture.DbAsync(db => db.WebhookSubscriptions.SingleAsync());
        Assert.DoesNotContain(secret, stored.ProtectedSecret, StringComparison.Ordinal);
        await SubmitAsync(Filer, await CreateAsync(Filer, "自定密钥"));
        await DeliverAsync();
        Assert.True(Assert.Single(receiver.Received).SignatureVerifies(secret));

        var rotated = await SendAsync(Admin, new UpdateWebhookSubscriptionCommand(stored.Id, receiver.Url.ToString(), [WebhookEventTypes.FilingSubmitted], null, false, stored.Version, RotateSecret: true));
        Assert.NotNull(rotated.Secret);
        Assert.NotEqual(secret, rotated.Secret);
        Assert.False(await Fixture.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "WebhookSubscription"
            && ((a.After != null && a.After.Contains(stored.ProtectedSecret)) || (a.After != null && a.After.Contains("ProtectedSecret"))))));
    }

    private static ReviewDue ReviewDeadlineFor(DateTimeOffset now) =>
        new(DateOnly.FromDateTime(now.AddDays(5).UtcDateTime), now.AddDays(5), false);
}
