using FluentValidation;
using InvestPromo.Application.Common.Models;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>An enum value a request carries is one its enum defines (issue 16 replaced IsInEnum with a rule that reads the enum once).</summary>
public sealed class EnumRuleTests
{
    [Flags]
    private enum Days
    {
        None = 0,
        Monday = 1,
        Tuesday = 2,
        Wednesday = 4,
    }

    private sealed record Input(ProjectStage Stage, ProjectStage? Optional, Days Days);

    private sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Stage).IsDefinedValue();
            RuleFor(x => x.Optional).IsDefinedValue();
            RuleFor(x => x.Days).IsDefinedValue();
        }
    }

    [Fact]
    public void Defined_values_and_an_absent_optional_one_pass()
    {
        var result = new InputValidator().Validate(new Input(ProjectStage.Signed, null, Days.Monday | Days.Wednesday));
        Assert.True(result.IsValid);
        Assert.True(new InputValidator().Validate(new Input(ProjectStage.Started, ProjectStage.Completed, Days.None)).IsValid);
    }

    [Fact]
    public void An_undefined_value_is_refused_with_the_enum_error_code_naming_its_field()
    {
        var result = new InputValidator().Validate(new Input((ProjectStage)999, (ProjectStage)(-1), (Days)8));

        Assert.Equal(["Stage", "Optional", "Days"], result.Errors.Select(e => e.PropertyName));
        Assert.All(result.Errors, e => Assert.Equal("EnumValidator", e.ErrorCode));
    }
}
