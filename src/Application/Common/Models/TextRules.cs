namespace InvestPromo.Application.Common.Models;

/// <summary>
/// The rule every text field of a request follows, the same as the domain's <see cref="Guard"/> (checked on the trimmed
/// value, as the domain stores it): a single-line field holds no control character (U+0000–U+001F, U+007F–U+009F) and no
/// bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069); a multi-line field may also hold line breaks
/// (\n, \r\n). A breach is a 400 naming the field, before the domain is reached.
/// </summary>
public static class TextRules
{
    // In the style of every validation message (ValidationMessages): the field by its label, full-width punctuation.
    private static readonly Localized SingleLine = new(
        "“{PropertyName}”不能包含控制字符（如制表符、换行符）或文字方向控制符（U+202A–U+202E、U+2066–U+2069）。",
        "{PropertyName} must not contain control characters (such as tabs or line breaks) or bidirectional overrides (U+202A–U+202E, U+2066–U+2069).");

    private static readonly Localized MultiLine = new(
        "“{PropertyName}”除换行外不能包含控制字符，也不能包含文字方向控制符（U+202A–U+202E、U+2066–U+2069）。",
        "{PropertyName} must not contain control characters other than line breaks, nor bidirectional overrides (U+202A–U+202E, U+2066–U+2069).");

    /// <summary>Names, codes, short reasons: no control character, no bidirectional override (null and blank pass).</summary>
    public static IRuleBuilderOptions<T, string?> SingleLineText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || Guard.IsSingleLineText(v.Trim())).WithMessage(_ => SingleLine.Current);

    /// <summary>Reasons, objections, descriptions: line breaks (\n, \r\n) but no other control character, no bidirectional override.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || Guard.IsMultiLineText(v.Trim())).WithMessage(_ => MultiLine.Current);
}
