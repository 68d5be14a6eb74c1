using System.Reflection;
using FluentValidation.Validators;

namespace InvestPromo.Application.Common.Models;

/// <summary>
/// An enum value a request carries must be one the enum defines (an optional one may be absent). FluentValidation's
/// <c>IsInEnum</c> reads the enum's attributes on every call (issue 16's profile of the review queue: 1% of the API's CPU); this
/// reads them once per enum. Same error code (<c>EnumValidator</c>) and message; flags enums accept any combination of their flags.
/// </summary>
public static class EnumRules
{
    public static IRuleBuilderOptions<T, TProperty> IsDefinedValue<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.SetValidator(new DefinedEnumValidator<T, TProperty>());

    private sealed class DefinedEnumValidator<T, TProperty> : PropertyValidator<T, TProperty>
    {
        private static readonly Type? EnumType = Nullable.GetUnderlyingType(typeof(TProperty)) is { IsEnum: true } inner ? inner : typeof(TProperty).IsEnum ? typeof(TProperty) : null;

        private static readonly bool IsFlags = EnumType?.GetCustomAttribute<FlagsAttribute>() is not null;

        private static readonly ulong AllFlags = EnumType is null ? 0 : Enum.GetValues(EnumType).Cast<object>().Aggregate(0UL, (all, v) => all | Bits(v));

        public override string Name => "EnumValidator";

        public override bool IsValid(ValidationContext<T> context, TProperty value)
        {
            if (value is null)
            {
                return true;
            }

            if (EnumType is null)
            {
                return false;
            }

            return IsFlags
                ? (Bits(value) & ~AllFlags) == 0
                : Enum.IsDefined(EnumType, value);
        }

        /// <summary>An enum value's bits, whatever its underlying type (a negative signed value keeps its two's-complement bits).</summary>
        private static ulong Bits(object value) => Type.GetTypeCode(Enum.GetUnderlyingType(value.GetType())) switch
        {
            TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => unchecked((ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
            _ => Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override string GetDefaultMessageTemplate(string errorCode) => Localized(errorCode, Name);
    }
}
