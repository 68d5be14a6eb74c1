using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace InvestPromo.Domain.Idempotency;

/// <summary>
/// What makes two requests "the same" for an Idempotency-Key: the method and target (path and query; the path's case ignored,
/// as routing ignores it) and a SHA-256 of the body. A multipart form is hashed by its parts (each field's name and values,
/// each file's field name, file name, content type and content), not by its bytes: clients draw a fresh boundary on every send.
/// </summary>
public sealed record IdempotencyFingerprint
{
    /// <summary>The longest <see cref="Request"/> stored as it is; a longer one is stored as "sha256:" and its hash.</summary>
    public const int RequestMaxLength = 450;

    /// <summary>Lower-case hex SHA-256.</summary>
    public const int BodyHashLength = 64;

    private IdempotencyFingerprint(string request, string bodyHash)
    {
        Request = request;
        BodyHash = bodyHash;
    }

    /// <summary>"POST /api/filings/…/submit" (method upper-case, path lower-case, query as sent).</summary>
    public string Request { get; }

    /// <summary>Lower-case hex SHA-256 of the body (<see cref="HashBodyAsync"/> or <see cref="FormHash"/>).</summary>
    public string BodyHash { get; }

    public static IdempotencyFingerprint Of(string method, string path, string? query, string bodyHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(path);
        if (bodyHash is not { Length: BodyHashLength } || !bodyHash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("The body hash is a lower-case hex SHA-256.", nameof(bodyHash));
        }

        var request = $"{method.ToUpperInvariant()} {path.ToLowerInvariant()}{query}";
        if (request.Length > RequestMaxLength)
        {
            request = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request)));
        }

        return new IdempotencyFingerprint(request, bodyHash);
    }

    /// <summary>A fingerprint as stored (no normalisation): for the store reading a row back.</summary>
    public static IdempotencyFingerprint Stored(string request, string bodyHash) => new(request, bodyHash);

    /// <summary>The SHA-256 of a body, read once to its end in chunks (never held whole).</summary>
    public static async Task<string> HashBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The SHA-256 of a body already in memory (tests, small bodies).</summary>
    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>
    /// A multipart form's hash, from its parts in a canonical order: fields by name (ordinal), files by field name (in the
    /// order sent within one name). Every piece is length-prefixed, so no two different forms share an encoding.
    /// </summary>
    public sealed class FormHash : IDisposable
    {
        private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly List<(string Name, string?[] Values)> fields = [];
        private readonly List<(string Name, string FileName, string? ContentType, long Length, byte[] ContentHash)> files = [];

        public void AddField(string name, IEnumerable<string?> values) => fields.Add((name, values.ToArray()));

        public async Task AddFileAsync(string name, string fileName, string? contentType, Stream content, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(content);
            using var fileSha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[16 * 1024];
            long length = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                fileSha.AppendData(buffer, 0, read);
                length += read;
            }

            files.Add((name, fileName, contentType, length, fileSha.GetHashAndReset()));
        }

        public string Finish()
        {
            Append("multipart/form-data");
            AppendCount(fields.Count);
            foreach (var (name, values) in fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                Append(name);
                AppendCount(values.Length);
                foreach (var value in values)
                {
                    Append(value);
                }
            }

            AppendCount(files.Count);
            foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                Append(file.Name);
                Append(file.FileName);
                Append(file.ContentType);
                AppendCount(file.Length);
                sha.AppendData(file.ContentHash);
            }

            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        public void Dispose() => sha.Dispose();

        private void Append(string? text)
        {
            if (text is null)
            {
                AppendCount(-1);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            AppendCount(bytes.Length);
            sha.AppendData(bytes);
        }

        private void AppendCount(long count)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, count);
            sha.AppendData(bytes);
        }
    }
}
