namespace InvestPromo.Application.Common.Models;

/// <summary>
/// How an answer quotes a value it refuses (an error message, an import's error list and report): at most
/// <see cref="MaxChars"/> characters and "…", never the whole of what was sent, which may be megabytes.
/// </summary>
public static class BadValue
{
    public const int MaxChars = 20;

    /// <summary>The value, or its first <see cref="MaxChars"/> characters and "…" (a surrogate pair is never cut in two).</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxChars)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return string.Concat(value.AsSpan(0, length), "…");
    }

    /// <summary>As <see cref="Quote(string)"/>, null staying null.</summary>
    public static string? QuoteOrNull(string? value) => value is null ? null : Quote(value);
}
