using InvestPromo.Api.Endpoints;
using InvestPromo.Api.Errors;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Idempotency;
using InvestPromo.Domain.Idempotency;
using Microsoft.AspNetCore.Diagnostics;

namespace InvestPromo.Api.Idempotency;

/// <summary>Marks an endpoint whose writes honour the <c>Idempotency-Key</c> header (<see cref="IdempotencyKeys.WithIdempotency"/>).</summary>
public sealed class IdempotencyMetadata
{
    public static readonly IdempotencyMetadata Instance = new();

    private IdempotencyMetadata()
    {
    }
}

/// <summary>
/// Idempotent writes. A route opts in with <see cref="WithIdempotency"/>; a request to it that carries <c>Idempotency-Key</c>
/// claims the key for its caller (user, API key, or an anonymous caller's address) before the endpoint runs, and its answer
/// (&lt; 500) is kept for <see cref="IdempotencyOptions.Retention"/>. The same key with the same method, target and body
/// answers the first answer again (status, Location, JSON body up to a size cap) with <c>Idempotency-Replayed: true</c>,
/// without running anything; with another request it is a 409 <c>idempotency.key-reused</c>; while the first still runs a
/// 409 <c>idempotency.in-progress</c>. A failure (an answer ≥ 500, an exception, a cancelled request) releases the claim so a
/// retry runs. Without the header, or on routes not marked, nothing changes.
/// </summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotency-Replayed";

    /// <summary>The codes a marked write may answer with because of its key (listed in the operation's description).</summary>
    public static readonly string[] ErrorCodes = ["idempotency.key-invalid", "idempotency.key-reused", "idempotency.in-progress"];

    /// <summary>
    /// This write honours <c>Idempotency-Key</c>: the header is documented on the operation (<c>IdempotencyHeaderFilter</c>)
    /// and its error codes are declared with the operation's own.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotencyMetadata.Instance, new ErrorCodesMetadata(ErrorCodes));

    /// <summary>After authentication, authorization and CSRF checks: a refused request claims nothing.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}

internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IIdempotencyStore store, IdempotencyOptions options, ICurrentUser caller)
    {
        // An empty header counts as none: generated clients (NSwag) send "Idempotency-Key: " when the caller gives no key.
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyMetadata>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyKeys.HeaderName, out var values)
            || (values.Count == 1 && string.IsNullOrEmpty(values[0])))
        {
            await next(context);
            return;
        }

        if (values.Count != 1 || !IdempotencyKey.IsWellFormed(values[0]))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "idempotency.key-invalid");
            return;
        }

        var key = values[0]!;
        var fingerprint = await FingerprintAsync(context.Request, context.RequestAborted);
        if (fingerprint is null)
        {
            // An unreadable form: the endpoint's binding answers it as it always has (400), and nothing runs.
            await next(context);
            return;
        }

        var claim = await store.ClaimAsync(CallerOf(context, caller), key, fingerprint, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.KeyReused:
                await Problems.WriteAsync(context, StatusCodes.Status409Conflict, "idempotency.key-reused");
                return;
            case IdempotencyOutcome.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await Problems.WriteAsync(context, StatusCodes.Status409Conflict, "idempotency.in-progress");
                return;
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context.Response, claim.Answer!, context.RequestAborted);
                return;
        }

        await RunAndKeepAsync(context, store, claim.ClaimId, options.MaxStoredBodyBytes);
    }

    /// <summary>Per caller: the signed-in user, the API key, or (anonymous public writes) the client address.</summary>
    private static string CallerOf(HttpContext context, ICurrentUser caller) =>
        caller.ApiKeyId is { } key ? $"api-key:{key}"
        : caller.UserId is { } user ? $"user:{user}"
        : $"anonymous:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    private static async Task<IdempotencyFingerprint?> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string bodyHash;
        if (request.HasFormContentType)
        {
            // The form is read once here, as the endpoint's binding would (its files buffered by the form reader under the
            // endpoint's limits); the binding then uses the same parsed form.
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return null;
            }

            using var hash = new IdempotencyFingerprint.FormHash();
            foreach (var (name, value) in form)
            {
                hash.AddField(name, value.ToArray());
            }

            foreach (var file in form.Files)
            {
                await using var content = file.OpenReadStream();
                await hash.AddFileAsync(file.Name, file.FileName, file.ContentType, content, cancellationToken);
            }

            bodyHash = hash.Finish();
        }
        else
        {
            // Buffered (in memory, then a temporary file) within the request's own body limit, hashed as it is read, then
            // rewound for the endpoint: the body is read from the client once.
            request.EnableBuffering();
            bodyHash = await IdempotencyFingerprint.HashBodyAsync(request.Body, cancellationToken);
            request.Body.Position = 0;
        }

        return IdempotencyFingerprint.Of(request.Method, request.Path.Value ?? "/", request.QueryString.Value, bodyHash);
    }

    private async Task RunAndKeepAsync(HttpContext context, IIdempotencyStore store, Guid claimId, int maxStoredBodyBytes)
    {
        var response = context.Response;
        var original = response.Body;
        var capture = new AnswerCapture(original, response, maxStoredBodyBytes);
        response.Body = capture;
        var kept = false;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (e is not OperationCanceledException && ExceptionHandler.Map(e).Status < 500 && !response.HasStarted)
            {
                // A refused write (validation, a broken rule, not found …) is an answer like any other: written here, by the one
                // exception handler, so that it is kept and a retry gets the same refusal.
                response.Clear();
                capture.Discard();
                var handler = context.RequestServices.GetRequiredService<IExceptionHandler>();
                await handler.TryHandleAsync(context, e, context.RequestAborted);
            }

            // Kept even when the client has gone: the write ran, and its retry must not run it again.
            if (response.StatusCode < 500)
            {
                var location = response.Headers.Location.Count == 1 ? response.Headers.Location[0] : null;
                await store.CompleteAsync(claimId, new StoredAnswer(response.StatusCode, response.ContentType, location, capture.KeptBody()), CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            response.Body = original;
            if (!kept)
            {
                await store.ReleaseAsync(claimId, CancellationToken.None);
            }
        }
    }

    private static async Task ReplayAsync(HttpResponse response, StoredAnswer answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.Status;
        response.Headers[IdempotencyKeys.ReplayedHeaderName] = "true";
        response.Headers.CacheControl = "no-store";
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        if (answer.Body is not { } body)
        {
            // Not kept (not JSON, or above Idempotency:MaxStoredBodyBytes): the status and Location, and no body.
            response.ContentLength = 0;
            return;
        }

        if (answer.ContentType is not null)
        {
            response.ContentType = answer.ContentType;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }
}
