using System.Security.Cryptography;
using InvestPromo.Application.Idempotency;
using InvestPromo.Domain.Idempotency;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Idempotency;

/// <summary>
/// <see cref="IIdempotencyStore"/> on the application's database. The claim is its own INSERT, saved (and detached) before the
/// write runs; completing and releasing are single UPDATE/DELETE statements, so the write's own unit of work is never touched.
/// Kept bodies are encrypted with Data Protection under a purpose naming the caller: answers that carry a secret (an API key's,
/// an objection's receipt code) are never readable in the database, and a row moved to another caller does not decrypt.
/// </summary>
public sealed partial class IdempotencyStore(
    ApplicationDbContext db,
    IdempotencyOptions options,
    TimeProvider clock,
    IDataProtectionProvider protection,
    ILogger<IdempotencyStore> logger) : IIdempotencyStore
{
    private const string Purpose = "InvestPromo.Idempotency.Answers.v1";

    public async Task<IdempotencyClaim> ClaimAsync(string caller, string key, IdempotencyFingerprint fingerprint, CancellationToken cancellationToken)
    {
        // A lapsed row is deleted and claimed again; a claim lost to a concurrent request is read back.
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var existing = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Caller == caller && k.Key == key, cancellationToken);
            if (existing is not null && !existing.HasLapsed(now, options.Retention, options.InProgressTimeout))
            {
                return Classify(existing, fingerprint);
            }

            if (existing is not null)
            {
                await db.IdempotencyKeys.Where(k => k.Id == existing.Id).ExecuteDeleteAsync(cancellationToken);
            }

            var claim = IdempotencyKey.Claim(caller, key, fingerprint, now);
            db.IdempotencyKeys.Add(claim);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new IdempotencyClaim(IdempotencyOutcome.Claimed, claim.Id);
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Another request claimed the same key between the read and the insert (the unique index refused this one):
                // read it back and answer as for that request.
            }
            catch (DbUpdateException)
            {
                // Claimed, released and claimed again around this request, twice: it is busy.
                return new IdempotencyClaim(IdempotencyOutcome.InProgress);
            }
            finally
            {
                db.Entry(claim).State = EntityState.Detached;
            }
        }
    }

    public async Task CompleteAsync(Guid claimId, StoredAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var caller = await db.IdempotencyKeys.Where(k => k.Id == claimId).Select(k => k.Caller).SingleOrDefaultAsync(cancellationToken);
        if (caller is null)
        {
            return;
        }

        var body = answer.Body is null ? null : Protector(caller).Protect(answer.Body);
        var contentType = answer.ContentType is { Length: <= IdempotencyKey.ContentTypeMaxLength } type ? type : null;
        var location = answer.Location is { Length: <= IdempotencyKey.LocationMaxLength } l ? l : null;
        var now = clock.GetUtcNow();
        await db.IdempotencyKeys.Where(k => k.Id == claimId).ExecuteUpdateAsync(
            set => set
                .SetProperty(k => k.CompletedAt, now)
                .SetProperty(k => k.ResponseStatus, answer.Status)
                .SetProperty(k => k.ResponseContentType, contentType)
                .SetProperty(k => k.ResponseLocation, location)
                .SetProperty(k => k.ResponseBody, body),
            cancellationToken);
    }

    public async Task ReleaseAsync(Guid claimId, CancellationToken cancellationToken) =>
        await db.IdempotencyKeys.Where(k => k.Id == claimId && k.CompletedAt == null).ExecuteDeleteAsync(cancellationToken);

    private IdempotencyClaim Classify(IdempotencyKey existing, IdempotencyFingerprint fingerprint)
    {
        if (existing.Fingerprint != fingerprint)
        {
            return new IdempotencyClaim(IdempotencyOutcome.KeyReused);
        }

        if (!existing.IsCompleted || existing.ResponseStatus is not { } status)
        {
            return new IdempotencyClaim(IdempotencyOutcome.InProgress);
        }

        byte[]? body = null;
        if (existing.ResponseBody is { } protectedBody)
        {
            try
            {
                body = Protector(existing.Caller).Unprotect(protectedBody);
            }
            catch (CryptographicException e)
            {
                // The key ring lost the key (or the row was tampered with): the answer is replayed without its body.
                LogUnreadable(logger, e, existing.Id);
            }
        }

        return new IdempotencyClaim(IdempotencyOutcome.Replay, existing.Id, new StoredAnswer(status, existing.ResponseContentType, existing.ResponseLocation, body));
    }

    private IDataProtector Protector(string caller) => protection.CreateProtector(Purpose, caller);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The kept answer of idempotency key {Id} cannot be decrypted; it is replayed without its body")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, Guid id);
}
