using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks;

/// <summary>The shape rules a subscription's fields share (create and update), and the URL's target check.</summary>
public static class WebhookSubscriptionRules
{
    private static readonly Localized UrlShape = new("请输入完整的 http(s) 地址，不含用户名和密码。", "Enter a full http(s) URL without a user name or password.");
    private static readonly Localized UnknownType = new("未知的事件类型。", "Unknown event type.");
    private static readonly Localized SecretShape = new("签名密钥须为 16 至 128 个可见 ASCII 字符，不含空格。", "The signing secret must be 16 to 128 printable ASCII characters without spaces.");

    public static void Url<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty()
        .MaximumLength(WebhookSubscription.UrlMaxLength)
        .Must(BeWellFormed).WithMessage(_ => UrlShape.Current);

    public static void EventTypes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) => rule
        .NotEmpty()
        .Must(types => types is null || types.Count <= WebhookSubscription.EventTypesMaxCount)
        .ForEach(type => type.Must(WebhookEventTypes.IsKnown).WithMessage(_ => UnknownType.Current));

    public static void Secret<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(secret => secret is null || (secret.Length is >= WebhookSubscription.SecretMinLength and <= WebhookSubscription.SecretMaxLength
            && secret.All(c => c is > ' ' and <= '~')))
        .WithMessage(_ => SecretShape.Current);

    public static void Description<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(WebhookSubscription.DescriptionMaxLength).SingleLineText();

    /// <summary>An absolute http(s) URL without user information or fragment.</summary>
    public static bool BeWellFormed(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0 && uri.Fragment.Length == 0 && uri.Host.Length > 0;

    /// <summary>The URL as stored (trimmed), once its target is allowed (400 <c>webhooks.url-not-https</c> / <c>webhooks.url-private</c> otherwise).</summary>
    public static async Task<string> CheckedUrlAsync(IWebhookTargets targets, string url, CancellationToken ct)
    {
        var trimmed = url.Trim();
        await targets.EnsureAllowedAsync(new Uri(trimmed, UriKind.Absolute), "url", ct);
        return trimmed;
    }
}
