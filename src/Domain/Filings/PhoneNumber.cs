using System.Text.RegularExpressions;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// A mainland China phone number: a mobile (1[3-9] and nine digits) or a landline with its area code
/// (0736-1234567, 010-12345678, optionally an extension "-123" / "转123"). Spaces are removed.
/// </summary>
public readonly partial record struct PhoneNumber
{
    public const int MaxLength = 32;

    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool IsValid(string? phone) => Normalise(phone) is { } value && Pattern().IsMatch(value);

    public static PhoneNumber Parse(string? phone)
    {
        var value = Normalise(phone);
        return value is not null && Pattern().IsMatch(value)
            ? new PhoneNumber(value)
            : throw DomainRuleException.Invalid("filing.phone-invalid", "The phone number is not a mainland mobile or landline number.");
    }

    private static string? Normalise(string? phone)
    {
        var value = phone?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(value) || value.Length > MaxLength ? null : value;
    }

    [GeneratedRegex(@"^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}((-|转)[0-9]{1,6})?)$")]
    private static partial Regex Pattern();
}
