using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Idempotency;

/// <summary>
/// One caller's <c>Idempotency-Key</c> for one write: claimed (a unique row per caller and key) before the write runs, then
/// completed with the answer to give again, or deleted when the write failed so that a retry can run. Not audited (no user
/// changes it; the write it guards is audited); housekeeping deletes rows older than the retention.
/// </summary>
public sealed class IdempotencyKey : Entity
{
    public const int KeyMaxLength = 100;

    /// <summary>"user:{guid}", "api-key:{guid}" or "anonymous:{address}" (IPv6 at most 45 characters).</summary>
    public const int CallerMaxLength = 64;

    public const int ContentTypeMaxLength = 200;

    public const int LocationMaxLength = 2000;

    private IdempotencyKey()
    {
        Caller = string.Empty;
        Key = string.Empty;
        Request = string.Empty;
        BodyHash = string.Empty;
    }

    /// <summary>
    /// A key as an integrator may send it: 1 to <see cref="KeyMaxLength"/> printable ASCII characters (space to tilde), e.g. a
    /// UUID. Anything else (empty, too long, control or non-ASCII characters) is refused, never normalised.
    /// </summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: > 0 and <= KeyMaxLength } && key.All(c => c is >= ' ' and <= '~');

    /// <summary>Claims <paramref name="key"/> for <paramref name="caller"/> at <paramref name="now"/>, for the request <paramref name="fingerprint"/>.</summary>
    public static IdempotencyKey Claim(string caller, string key, IdempotencyFingerprint fingerprint, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caller);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (caller.Length > CallerMaxLength)
        {
            throw new ArgumentException($"A caller is at most {CallerMaxLength} characters.", nameof(caller));
        }

        if (!IsWellFormed(key))
        {
            throw new ArgumentException("The key is not well formed.", nameof(key));
        }

        return new IdempotencyKey { Caller = caller, Key = key, Request = fingerprint.Request, BodyHash = fingerprint.BodyHash, CreatedAt = now };
    }

    public string Caller { get; private set; }

    /// <summary>The header's value, exactly as sent (case matters).</summary>
    public string Key { get; private set; }

    /// <summary><see cref="IdempotencyFingerprint.Request"/>: method and target.</summary>
    public string Request { get; private set; }

    /// <summary><see cref="IdempotencyFingerprint.BodyHash"/>.</summary>
    public string BodyHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the first request's answer was kept; null while it runs.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public int? ResponseStatus { get; private set; }

    public string? ResponseContentType { get; private set; }

    public string? ResponseLocation { get; private set; }

    /// <summary>The answer's body (as the store keeps it); null when it was not kept (not JSON, or above the size cap).</summary>
    public byte[]? ResponseBody { get; private set; }

    public IdempotencyFingerprint Fingerprint => IdempotencyFingerprint.Stored(Request, BodyHash);

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>
    /// The key no longer holds: older than the retention, or claimed and never completed for longer than
    /// <paramref name="inProgressTimeout"/> (the process running it died): a new request may claim it again.
    /// </summary>
    public bool HasLapsed(DateTimeOffset now, TimeSpan retention, TimeSpan inProgressTimeout) =>
        now >= CreatedAt + retention || (!IsCompleted && now >= CreatedAt + inProgressTimeout);
}
