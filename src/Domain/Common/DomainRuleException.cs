namespace InvestPromo.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (clients and translations key on it);
/// the message is English and is replaced by the localised text at the API edge.
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Argument guards shared by value objects and entities.</summary>
public static class Guard
{
    public static string Text(string? value, int maxLength, string code, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException(code, $"{what} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(code, $"{what} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string code, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength
            ? throw new DomainRuleException(code, $"{what} must be at most {maxLength} characters.")
            : trimmed;
    }
}
