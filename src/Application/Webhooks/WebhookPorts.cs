namespace InvestPromo.Application.Webhooks;

/// <summary>Subscriptions' signing secrets: made, and protected at rest (Infrastructure: ASP.NET Core Data Protection).</summary>
public interface IWebhookSecrets
{
    /// <summary>A new random secret ("whsec_" + 43 base64url characters).</summary>
    string Generate();

    string Protect(string secret);

    string Unprotect(string protectedSecret);
}

/// <summary>Which URLs may be registered and called (Infrastructure resolves the host and classifies its addresses).</summary>
public interface IWebhookTargets
{
    /// <summary>
    /// Refuses, with a 400 <see cref="BadRequestException"/> on <paramref name="field"/>, a URL that is not HTTPS where HTTPS is
    /// required (<c>webhooks.url-not-https</c>) or whose host is or resolves to a private, loopback, link-local, multicast or
    /// unspecified address that is not allowed (<c>webhooks.url-private</c>). The same rule is checked again when connecting.
    /// </summary>
    Task EnsureAllowedAsync(Uri url, string field, CancellationToken cancellationToken);
}

/// <summary>One signed POST to a receiver.</summary>
public sealed record WebhookRequest(Uri Url, string Body, IReadOnlyList<KeyValuePair<string, string>> Headers);

/// <summary>What the receiver answered: its status code (null: no answer), an error text, and the start of its body.</summary>
public sealed record WebhookResponse(int? StatusCode, string? Error, string? Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>Sends a webhook over HTTP: no redirects followed, a timeout, only allowed targets (checked at connect time).</summary>
public interface IWebhookSender
{
    Task<WebhookResponse> SendAsync(WebhookRequest request, CancellationToken cancellationToken);
}

/// <summary>Starts a delivery run soon (Infrastructure: enqueues the delivery job), once per scope.</summary>
public interface IWebhookDeliveryTrigger
{
    void Trigger();
}
