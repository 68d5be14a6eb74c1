namespace InvestPromo.Application.Common.Exceptions;

/// <summary>The thing asked for does not exist, or the caller may not know it exists (404).</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} '{key}' was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>The caller is known but may not do this (403).</summary>
public sealed class ForbiddenAccessException(string message = "You may not do this.") : Exception(message);

/// <summary>The record changed since the caller read it (409, code concurrency.stale).</summary>
public sealed class ConcurrencyConflictException(string entity, object key)
    : Exception($"{entity} '{key}' was changed by someone else; reload and try again.");

/// <summary>Input failed validation: field name (camelCase) → messages (400).</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Sign-in failed (401) with a stable code.</summary>
public sealed class AuthenticationFailedException(string code) : Exception(code)
{
    public string Code { get; } = code;
}

/// <summary>The request is well-formed but asks for more than the server will do in one go (422 with a stable code).</summary>
public sealed class LimitExceededException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>A caller sent too many of something in a period (per address, say): a 429 with a stable code.</summary>
public sealed class TooManyRequestsException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// One request field is malformed in a way that has its own stable code (an opaque cursor): a 400 validation problem naming
/// <paramref name="field"/>, with <paramref name="code"/> instead of <c>validation.failed</c>.
/// </summary>
public sealed class BadRequestException(string code, string field, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string Field { get; } = field;
}

/// <summary>
/// The file store (disk or S3-compatible object storage) refused or could not be reached: a 503 with <c>Retry-After</c>
/// and the code <see cref="Code"/>, never a 500. Nothing was stored, so the caller may simply try again.
/// </summary>
public sealed class FileStorageUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    public const string Code = "storage.unavailable";

    /// <summary>Seconds a caller is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;
}
