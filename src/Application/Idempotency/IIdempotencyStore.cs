using InvestPromo.Domain.Idempotency;

namespace InvestPromo.Application.Idempotency;

/// <summary>
/// Where callers' Idempotency-Keys and their first answers are kept (<see cref="IdempotencyKey"/>). A claim is an INSERT that
/// the unique (caller, key) index refuses to a second request, committed before the write runs, so two requests at once can
/// never both run it.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key for this request, or answers why not: the first answer to replay, another request's key, still running.</summary>
    Task<IdempotencyClaim> ClaimAsync(string caller, string key, IdempotencyFingerprint fingerprint, CancellationToken cancellationToken);

    /// <summary>Keeps the answer of the claimed request for replays.</summary>
    Task CompleteAsync(Guid claimId, StoredAnswer answer, CancellationToken cancellationToken);

    /// <summary>Forgets the claim (the request failed): a retry with the same key runs again.</summary>
    Task ReleaseAsync(Guid claimId, CancellationToken cancellationToken);
}

public enum IdempotencyOutcome
{
    /// <summary>The key is this request's now: run it, then complete or release the claim.</summary>
    Claimed,

    /// <summary>The same request ran before: answer <see cref="IdempotencyClaim.Answer"/> again.</summary>
    Replay,

    /// <summary>The key was used for a different request (method, target or body).</summary>
    KeyReused,

    /// <summary>The same key's first request is still running.</summary>
    InProgress,
}

public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, Guid ClaimId = default, StoredAnswer? Answer = null);

/// <summary>An answer as kept: its status, the headers that matter, and its body (null when it was not kept).</summary>
public sealed record StoredAnswer(int Status, string? ContentType, string? Location, byte[]? Body);
