using System.Globalization;
using FluentValidation.Resources;

namespace InvestPromo.Application.Common.Localization;

/// <summary>
/// FluentValidation's built-in messages (NotEmpty, MaximumLength, …) in the product's one style, set globally in
/// <see cref="DependencyInjection.AddApplication"/>: the field is named by its label (<see cref="FieldDisplayNames"/>), in
/// Chinese between “” with full-width punctuation (请填写“项目名称”。), in English as a plain sentence (Project name is required.).
/// A rule's own message (<c>WithMessage</c>) follows the same style. English for an English culture, else Chinese, as <see cref="Localized"/>.
/// </summary>
public sealed class ValidationMessages : ILanguageManager
{
    /// <summary>The message a missing field gets everywhere (NotEmpty, NotNull, and a submission's missing fields).</summary>
    public static Localized Required(string displayName) => new($"请填写“{displayName}”。", $"{displayName} is required.");

    private static readonly Dictionary<string, Localized> Messages = new(StringComparer.Ordinal)
    {
        ["NotEmptyValidator"] = Required("{PropertyName}"),
        ["NotNullValidator"] = Required("{PropertyName}"),
        ["EmptyValidator"] = new("“{PropertyName}”应为空。", "{PropertyName} must be empty."),
        ["NullValidator"] = new("“{PropertyName}”应为空。", "{PropertyName} must be empty."),
        ["MaximumLengthValidator"] = new("“{PropertyName}”不能超过 {MaxLength} 个字符（已输入 {TotalLength} 个）。", "{PropertyName} must be at most {MaxLength} characters (you entered {TotalLength})."),
        ["MaximumLength_Simple"] = new("“{PropertyName}”不能超过 {MaxLength} 个字符。", "{PropertyName} must be at most {MaxLength} characters."),
        ["MinimumLengthValidator"] = new("“{PropertyName}”至少需要 {MinLength} 个字符（已输入 {TotalLength} 个）。", "{PropertyName} must be at least {MinLength} characters (you entered {TotalLength})."),
        ["MinimumLength_Simple"] = new("“{PropertyName}”至少需要 {MinLength} 个字符。", "{PropertyName} must be at least {MinLength} characters."),
        ["LengthValidator"] = new("“{PropertyName}”应为 {MinLength} 到 {MaxLength} 个字符（已输入 {TotalLength} 个）。", "{PropertyName} must be {MinLength} to {MaxLength} characters (you entered {TotalLength})."),
        ["Length_Simple"] = new("“{PropertyName}”应为 {MinLength} 到 {MaxLength} 个字符。", "{PropertyName} must be {MinLength} to {MaxLength} characters."),
        ["ExactLengthValidator"] = new("“{PropertyName}”应为 {MaxLength} 个字符（已输入 {TotalLength} 个）。", "{PropertyName} must be {MaxLength} characters (you entered {TotalLength})."),
        ["ExactLength_Simple"] = new("“{PropertyName}”应为 {MaxLength} 个字符。", "{PropertyName} must be {MaxLength} characters."),
        ["GreaterThanOrEqualValidator"] = new("“{PropertyName}”不能小于 {ComparisonValue}。", "{PropertyName} must be at least {ComparisonValue}."),
        ["GreaterThanValidator"] = new("“{PropertyName}”应大于 {ComparisonValue}。", "{PropertyName} must be greater than {ComparisonValue}."),
        ["LessThanOrEqualValidator"] = new("“{PropertyName}”不能大于 {ComparisonValue}。", "{PropertyName} must be at most {ComparisonValue}."),
        ["LessThanValidator"] = new("“{PropertyName}”应小于 {ComparisonValue}。", "{PropertyName} must be less than {ComparisonValue}."),
        ["InclusiveBetweenValidator"] = new("“{PropertyName}”应在 {From} 到 {To} 之间（当前为 {PropertyValue}）。", "{PropertyName} must be between {From} and {To} (it is {PropertyValue})."),
        ["InclusiveBetween_Simple"] = new("“{PropertyName}”应在 {From} 到 {To} 之间。", "{PropertyName} must be between {From} and {To}."),
        ["ExclusiveBetweenValidator"] = new("“{PropertyName}”应大于 {From} 且小于 {To}（当前为 {PropertyValue}）。", "{PropertyName} must be above {From} and below {To} (it is {PropertyValue})."),
        ["EqualValidator"] = new("“{PropertyName}”应为 {ComparisonValue}。", "{PropertyName} must be {ComparisonValue}."),
        ["NotEqualValidator"] = new("“{PropertyName}”不能为 {ComparisonValue}。", "{PropertyName} must not be {ComparisonValue}."),
        ["EnumValidator"] = new("“{PropertyName}”的取值无效。", "{PropertyName} has an unknown value."),
        ["StringEnumValidator"] = new("“{PropertyName}”的取值无效。", "{PropertyName} has an unknown value."),
        ["EmailValidator"] = new("“{PropertyName}”不是有效的电子邮箱地址。", "{PropertyName} is not a valid e-mail address."),
        ["RegularExpressionValidator"] = new("“{PropertyName}”的格式不正确。", "{PropertyName} is not in the expected format."),
        ["PredicateValidator"] = new("“{PropertyName}”无效。", "{PropertyName} is not valid."),
        ["AsyncPredicateValidator"] = new("“{PropertyName}”无效。", "{PropertyName} is not valid."),
        ["ScalePrecisionValidator"] = new("“{PropertyName}”最多 {ExpectedPrecision} 位数字，其中小数最多 {ExpectedScale} 位。", "{PropertyName} must have at most {ExpectedPrecision} digits, {ExpectedScale} of them decimals."),
        ["CreditCardValidator"] = new("“{PropertyName}”不是有效的银行卡号。", "{PropertyName} is not a valid card number."),
    };

    private readonly LanguageManager fallback = new();

    /// <summary>Every built-in validator this product may use has a message here (a test keeps the list complete).</summary>
    public static IReadOnlyCollection<string> Keys => Messages.Keys;

    public bool Enabled { get; set; } = true;

    public CultureInfo? Culture { get; set; }

    public string GetString(string key, CultureInfo? culture = null)
    {
        culture ??= Culture ?? CultureInfo.CurrentUICulture;
        return Enabled && Messages.TryGetValue(key, out var message)
            ? (Localized.IsEnglish(culture) ? message.En : message.Zh)
            : fallback.GetString(key, culture);
    }
}
