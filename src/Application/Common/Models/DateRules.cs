using System.Globalization;
using FluentValidation.Validators;

namespace InvestPromo.Application.Common.Models;

/// <summary>
/// The rule every date a request carries follows (query strings, bodies, route values): it lies between
/// <see cref="MinDate"/> and <see cref="MaxDate"/> (China dates, inclusive) unless the field needs another range (the calendar
/// takes 1949–2199). Outside it, or a required date left out (a missing <see cref="DateOnly"/> binds as 0001-01-01), is a 400
/// naming the field, before any handler turns the date into an instant (0001-01-01 in China time is before
/// <see cref="DateTimeOffset.MinValue"/>). Kept by <c>tests/Architecture.Tests/DateRuleTests.cs</c>: a command or query with a
/// date input and no <c>.InDateRange()</c> fails the build.
/// </summary>
public static class DateRules
{
    public static readonly DateOnly MinDate = new(2000, 1, 1);

    public static readonly DateOnly MaxDate = new(2099, 12, 31);

    /// <summary>A required date: present, and within the range (the default range unless given).</summary>
    public static IRuleBuilderOptions<T, DateOnly> InDateRange<T>(this IRuleBuilder<T, DateOnly> rule, DateOnly? min = null, DateOnly? max = null) =>
        rule.SetValidator(new DateRangeValidator<T, DateOnly>(min ?? MinDate, max ?? MaxDate, required: true));

    /// <summary>An optional date: absent, or within the range.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> InDateRange<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly? min = null, DateOnly? max = null) =>
        rule.SetValidator(new DateRangeValidator<T, DateOnly?>(min ?? MinDate, max ?? MaxDate, required: false));

    /// <summary>A required instant: present, and on a China date within the range.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset> InDateRange<T>(this IRuleBuilder<T, DateTimeOffset> rule, DateOnly? min = null, DateOnly? max = null) =>
        rule.SetValidator(new DateRangeValidator<T, DateTimeOffset>(min ?? MinDate, max ?? MaxDate, required: true));

    /// <summary>An optional instant: absent, or on a China date within the range.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset?> InDateRange<T>(this IRuleBuilder<T, DateTimeOffset?> rule, DateOnly? min = null, DateOnly? max = null) =>
        rule.SetValidator(new DateRangeValidator<T, DateTimeOffset?>(min ?? MinDate, max ?? MaxDate, required: false));

    /// <summary>True when <paramref name="value"/> (a <see cref="DateOnly"/> or a <see cref="DateTimeOffset"/>) is within [min, max] as China dates.</summary>
    public static bool IsInRange(object value, DateOnly min, DateOnly max) => value switch
    {
        DateOnly date => date >= min && date <= max,

        // Compared as instants (UTC), so DateTimeOffset.MinValue/MaxValue never overflow a conversion to China time.
        DateTimeOffset instant => instant >= ChinaTime.StartOfDay(min) && instant < ChinaTime.EndOfDay(max),
        _ => false,
    };
}

/// <summary>The validator behind <see cref="DateRules"/>; a named type, so the architecture test can find it in a validator's rules.</summary>
public sealed class DateRangeValidator<T, TProperty>(DateOnly min, DateOnly max, bool required)
    : PropertyValidator<T, TProperty>
{
    private const string MessageKey = "DateRuleMessage";

    public DateOnly Min { get; } = min;

    public DateOnly Max { get; } = max;

    public override string Name => "DateRangeValidator";

    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        ArgumentNullException.ThrowIfNull(context);
        object? boxed = value;
        if (boxed is null)
        {
            return true;
        }

        if (required && (boxed is DateOnly date && date == default || boxed is DateTimeOffset instant && instant == default))
        {
            context.MessageFormatter.AppendArgument(MessageKey, new Localized("必须填写日期。", "A date is required.").Current);
            return false;
        }

        if (DateRules.IsInRange(boxed, Min, Max))
        {
            return true;
        }

        var (from, to) = (Min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Max.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        context.MessageFormatter.AppendArgument(MessageKey, new Localized($"日期必须在 {from} 至 {to} 之间。", $"The date must be between {from} and {to}.").Current);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "{" + MessageKey + "}";
}
