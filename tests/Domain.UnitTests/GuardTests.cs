using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.UnitTests;

public sealed class GuardTests
{
    [Fact]
    public void Text_is_trimmed() => Assert.Equal("abc", Guard.Text("  abc\t", 10, "x.invalid", "X"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n")]
    public void Missing_text_is_refused_with_the_given_code(string? value)
    {
        var error = Assert.Throws<DomainRuleException>(() => Guard.Text(value, 10, "x.invalid", "Thing"));

        Assert.Equal("x.invalid", error.Code);
        Assert.Equal("Thing is required.", error.Message);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_with_the_given_code()
    {
        var error = Assert.Throws<DomainRuleException>(() => Guard.Text("abcd", 3, "x.too-long", "Thing"));

        Assert.Equal("x.too-long", error.Code);
        Assert.Equal("Thing must be at most 3 characters.", error.Message);
    }

    [Fact]
    public void The_limit_applies_to_the_trimmed_text() => Assert.Equal("abc", Guard.Text("  abc  ", 3, "x", "X"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_optional_text_is_none(string? value) => Assert.Null(Guard.OptionalText(value, 3, "x", "X"));

    [Fact]
    public void Optional_text_is_trimmed() => Assert.Equal("abc", Guard.OptionalText(" abc ", 3, "x", "X"));

    [Fact]
    public void Optional_text_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Guard.OptionalText("abcd", 3, "x.too-long", "Thing"));
        Assert.Equal("x.too-long", error.Code);
    }
}
