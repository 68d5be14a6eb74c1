using InvestPromo.Application.Common.Localization;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>Identity's password rule failures, in Chinese and English.</summary>
internal static class PasswordMessages
{
    private static readonly Dictionary<string, Localized> Messages = new(StringComparer.Ordinal)
    {
        ["PasswordTooShort"] = new($"密码至少需要 {IdentitySetup.PasswordMinLength} 位。", $"The password must be at least {IdentitySetup.PasswordMinLength} characters."),
        ["PasswordRequiresNonAlphanumeric"] = new("密码须包含至少一个符号（如 # ! @）。", "The password must contain a symbol (such as # ! @)."),
        ["PasswordRequiresDigit"] = new("密码须包含至少一个数字。", "The password must contain a digit."),
        ["PasswordRequiresLower"] = new("密码须包含至少一个小写字母。", "The password must contain a lower-case letter."),
        ["PasswordRequiresUpper"] = new("密码须包含至少一个大写字母。", "The password must contain an upper-case letter."),
        [CommonPasswordValidator.Code] = new("这是常见密码，很容易被猜中，请换一个。", "This password is too common and easy to guess; choose another."),
        ["PasswordMismatch"] = new("当前密码不正确。", "The current password is wrong."),
    };

    public static string For(string code, string fallback) => Messages.TryGetValue(code, out var message) ? message.Current : fallback;
}
