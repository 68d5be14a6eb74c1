using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InvestPromo.Application.Webhooks;

/// <summary>
/// The signature of a delivery: <c>X-InvestPromo-Signature: v1=&lt;lowercase hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>,
/// with <c>X-InvestPromo-Timestamp</c> the Unix seconds signed. A receiver recomputes it over the raw body it received.
/// </summary>
public static class WebhookSignature
{
    public const string EventHeader = "X-InvestPromo-Event";
    public const string EventIdHeader = "X-InvestPromo-Event-Id";
    public const string TimestampHeader = "X-InvestPromo-Timestamp";
    public const string SignatureHeader = "X-InvestPromo-Signature";

    public static string Sign(string secret, long timestamp, string body)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        var message = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }

    /// <summary>The headers of one attempt, signed at <paramref name="now"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(string secret, string type, Guid eventId, string body, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds();
        return
        [
            new(EventHeader, type),
            new(EventIdHeader, eventId.ToString()),
            new(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture)),
            new(SignatureHeader, Sign(secret, timestamp, body)),
        ];
    }
}
