namespace InvestPromo.Domain.Common;

/// <summary>
/// Argument guards shared by value objects and entities: every text a person types goes through <see cref="Text"/>,
/// <see cref="OptionalText"/> (one line: names, codes, short reasons) or <see cref="MultiLineText"/>,
/// <see cref="OptionalMultiLineText"/> (reasons, objections, descriptions). Both trim, check the length and refuse the
/// characters that are not text: C0 and C1 controls (U+0000–U+001F, U+007F–U+009F) and the bidirectional embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069), with which a name can be shown reversed ("\u202Eevil") to
/// spoof another on the public list. A multi-line text may hold line breaks (\n or \r\n) and no other control.
/// </summary>
public static class Guard
{
    public static string Text(string? value, int maxLength, string code, string what) =>
        Required(value, maxLength, code, what, multiLine: false);

    public static string? OptionalText(string? value, int maxLength, string code, string what) =>
        Optional(value, maxLength, code, what, multiLine: false);

    public static string MultiLineText(string? value, int maxLength, string code, string what) =>
        Required(value, maxLength, code, what, multiLine: true);

    public static string? OptionalMultiLineText(string? value, int maxLength, string code, string what) =>
        Optional(value, maxLength, code, what, multiLine: true);

    /// <summary>True when the text has no control character and no bidirectional override or isolate.</summary>
    public static bool IsSingleLineText(string value) => IndexOfForbidden(value, multiLine: false) < 0;

    /// <summary>True when the text's only control characters are line breaks (\n, \r\n) and it has no bidirectional override or isolate.</summary>
    public static bool IsMultiLineText(string value) => IndexOfForbidden(value, multiLine: true) < 0;

    /// <summary>The index of the first character a text may not hold, or −1.</summary>
    public static int IndexOfForbidden(string value, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (multiLine && (c == '\n' || (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')))
            {
                continue;
            }

            if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A C0 or C1 control character, or a bidirectional embedding, override or isolate.</summary>
    public static bool IsForbidden(char c) =>
        c <= '\u001F' || c is >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string Required(string? value, int maxLength, string code, string what, bool multiLine) =>
        Optional(value, maxLength, code, what, multiLine) ?? throw DomainRuleException.Invalid(code, $"{what} is required.");

    private static string? Optional(string? value, int maxLength, string code, string what, bool multiLine)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw DomainRuleException.Invalid(code, $"{what} must be at most {maxLength} characters.");
        }

        return IndexOfForbidden(trimmed, multiLine) is var at and >= 0
            ? throw DomainRuleException.Invalid(code, $"{what} must not contain U+{(int)trimmed[at]:X4} ({(multiLine ? "no control character but line breaks" : "no control character")} and no bidirectional override).")
            : trimmed;
    }
}
