using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using InvestPromo.Application.Common.Models;

namespace InvestPromo.Architecture.Tests;

/// <summary>
/// Every date a command or query takes (its own properties and those of a record it carries, such as <c>FilingFilter</c>) has
/// the range rule of <see cref="DateRules"/> in its validator, so an out-of-range date is a 400 and never reaches a handler
/// that turns it into an instant (0001-01-01 in China time overflows <see cref="DateTimeOffset"/>: a 500).
/// </summary>
public sealed class DateRuleTests
{
    /// <summary>Date inputs checked another way, with the reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        // Each day must lie in the command's Year, itself 1949–2199 (CalendarYearInputValidator), and the domain checks again.
        ["SaveCalendarYearCommand.Days[].Date"] = "bounded by Year",
    };

    [Fact]
    public void Every_date_input_of_a_command_or_query_has_the_date_range_rule()
    {
        var inputs = DateInputs(Layers.Application).ToList();
        Assert.Contains(inputs, i => i.Path == "ListFilingsQuery.Filter.SubmittedFrom");
        Assert.Contains(inputs, i => i.Path == "PublishWeekCommand.WeekStart");
        Assert.Contains(inputs, i => i.Path == "ListAuditEntriesQuery.From");
        Assert.All(Exempt.Keys, k => Assert.Contains(inputs, i => i.Path == k));

        var missing = inputs.Where(i => !Exempt.ContainsKey(i.Path) && !IsRangeChecked(Layers.Application, i)).Select(i => i.Path).ToList();

        Assert.True(missing.Count == 0,
            "Date inputs without .InDateRange() (Application/Common/Models/DateRules.cs) in their validator:" + Environment.NewLine + "  "
            + string.Join(Environment.NewLine + "  ", missing));
    }

    [Fact]
    public void Control_a_query_with_an_unchecked_date_would_be_found()
    {
        var inputs = DateInputs(typeof(DateRuleTests).Assembly).ToList();

        var unchecked_ = inputs.Single(i => i.Path == "ControlDateQuery.Since");
        var checked_ = inputs.Single(i => i.Path == "ControlDateQuery.Until");
        Assert.False(IsRangeChecked(typeof(DateRuleTests).Assembly, unchecked_));
        Assert.True(IsRangeChecked(typeof(DateRuleTests).Assembly, checked_));
    }

    internal sealed record DateInput(Type Message, string Path, string MemberPath);

    /// <summary>Date properties of every command and query in <paramref name="assembly"/>, one record level deep, and of list items.</summary>
    internal static IEnumerable<DateInput> DateInputs(Assembly assembly)
    {
        foreach (var message in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && IsMessage(t)))
        {
            foreach (var (memberPath, display) in DatePaths(message, string.Empty, string.Empty, 0))
            {
                yield return new DateInput(message, message.Name + "." + display, memberPath);
            }
        }
    }

    private static bool IsMessage(Type type) =>
        type.GetInterfaces().Any(i => i.Namespace == "Mediator" && (i.Name is "ICommand" || i.Name.StartsWith("ICommand`", StringComparison.Ordinal)
            || i.Name.StartsWith("IQuery`", StringComparison.Ordinal)));

    private static IEnumerable<(string MemberPath, string Display)> DatePaths(Type type, string memberPrefix, string displayPrefix, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            if (t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime))
            {
                yield return (memberPrefix + property.Name, displayPrefix + property.Name);
            }
            else if (depth < 2 && OwnRecord(t))
            {
                foreach (var inner in DatePaths(t, memberPrefix + property.Name + ".", displayPrefix + property.Name + ".", depth + 1))
                {
                    yield return inner;
                }
            }
            else if (depth < 2 && t != typeof(string) && ItemType(t) is { } item && OwnRecord(item))
            {
                foreach (var inner in DatePaths(item, memberPrefix + property.Name + "[].", displayPrefix + property.Name + "[].", depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool OwnRecord(Type t) => t.IsClass && t.Namespace?.StartsWith("InvestPromo", StringComparison.Ordinal) == true
        && !typeof(System.Collections.IEnumerable).IsAssignableFrom(t);

    private static Type? ItemType(Type t) =>
        t.GetInterfaces().Append(t).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>True when a validator of the message has a rule on that member whose components include the date range rule.</summary>
    internal static bool IsRangeChecked(Assembly assembly, DateInput input)
    {
        var validatorOfMessage = typeof(IValidator<>).MakeGenericType(input.Message);
        foreach (var validatorType in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
                     && validatorOfMessage.IsAssignableFrom(t)))
        {
            var validator = Construct(validatorType);
            foreach (var rule in (IEnumerable<IValidationRule>)validator)
            {
                if (MemberPath(rule.Expression) == input.MemberPath
                    && rule.Components.Any(c => c.Validator.GetType().IsGenericType
                        && c.Validator.GetType().GetGenericTypeDefinition() == typeof(DateRangeValidator<,>)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A validator's rules are declared in its constructor; its services are only used when it validates, so nulls do.</summary>
    private static object Construct(Type validatorType)
    {
        var constructor = validatorType.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType.IsValueType ? RuntimeHelpers.GetUninitializedObject(p.ParameterType) : OptionsOrNull(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }

    /// <summary>Options records are read in constructors (limits), so they get a default instance; services get null.</summary>
    private static object? OptionsOrNull(Type type) =>
        type.Name.EndsWith("Options", StringComparison.Ordinal) && type.GetConstructor(Type.EmptyTypes) is { } ctor ? ctor.Invoke(null) : null;

    private static string? MemberPath(LambdaExpression? expression)
    {
        var parts = new List<string>();
        var node = expression?.Body;
        while (node is MemberExpression member)
        {
            parts.Insert(0, member.Member.Name);
            node = member.Expression;
        }

        // A rule written once for an interface (AddFilterRules<T> where T : IFilteredFilingQuery) reads x => ((I)x).Filter.
        if (node is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            node = convert.Operand;
        }

        return node is ParameterExpression && parts.Count > 0 ? string.Join('.', parts) : null;
    }
}

/// <summary>Only here to show that the date rule notices a query whose date has no range.</summary>
internal sealed record ControlDateQuery(DateOnly? Since, DateOnly? Until) : Mediator.IQuery<int>;

internal sealed class ControlDateQueryValidator : AbstractValidator<ControlDateQuery>
{
    public ControlDateQueryValidator()
    {
        RuleFor(x => x.Since).NotNull();
        RuleFor(x => x.Until).InDateRange();
    }
}
