using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the capital letters
/// without I, O, Z, S and V; the last one is a check character over the first seventeen. Stored upper-cased.
/// </summary>
public readonly record struct CreditCode
{
    public const int Length = 18;

    /// <summary>The 31 code characters in the order of their values 0..30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>Trims and upper-cases the input, then checks length, characters and the check character.</summary>
    public static bool IsValid(string? code) => Normalise(code) is { } normalised && IsWellFormed(normalised);

    public static CreditCode Parse(string? code)
    {
        var normalised = Normalise(code);
        return normalised is not null && IsWellFormed(normalised)
            ? new CreditCode(normalised)
            : throw DomainRuleException.Invalid("filing.credit-code-invalid", "The unified social credit code is invalid.");
    }

    /// <summary>The check character for the first seventeen characters, or null if one of them is not a code character.</summary>
    public static char? CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static string? Normalise(string? code)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static bool IsWellFormed(string code) =>
        code.Length == Length && CheckCharacter(code[..(Length - 1)]) is { } check && check == code[Length - 1];
}
