namespace InvestPromo.Api.Idempotency;

/// <summary>
/// The response body on its way to the client, passed through as it is written (large answers still stream), with a copy of
/// a JSON answer kept while it stays within the cap. Writes after the client has gone are dropped, so a write that ran keeps
/// its answer for the retry.
/// </summary>
internal sealed class AnswerCapture(Stream inner, HttpResponse response, int maxBytes) : Stream
{
    private MemoryStream? copy;
    private bool decided;
    private bool tooLarge;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The body as written, when it was JSON within the cap (an empty body included); otherwise null.</summary>
    public byte[]? KeptBody()
    {
        if (!decided)
        {
            return Array.Empty<byte>(); // nothing written
        }

        return tooLarge || copy is null ? null : copy.ToArray();
    }

    /// <summary>Forgets what was written so far (the answer is being rewritten before it started).</summary>
    public void Discard()
    {
        copy = null;
        decided = false;
        tooLarge = false;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        if (!response.HttpContext.RequestAborted.IsCancellationRequested)
        {
            inner.Write(buffer);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        if (response.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await inner.WriteAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException && response.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client has gone; the answer is still kept for its retry.
        }
    }

    public override void Flush() => inner.Flush();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (response.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await inner.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException && response.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // As above.
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!decided)
        {
            decided = true;
            tooLarge = !IsJson(response.ContentType);
            copy = tooLarge ? null : new MemoryStream();
        }

        if (copy is null)
        {
            return;
        }

        if (copy.Length + bytes.Length > maxBytes)
        {
            tooLarge = true;
            copy = null;
            return;
        }

        copy.Write(bytes);
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
