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

    // Single-line fields: no C0/C1 control, no bidirectional embedding, override or isolate.
    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0001')]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('\u001B')]
    [InlineData('\u001F')] // the last C0 control
    [InlineData('\u007F')] // DEL
    [InlineData('\u0080')] // the first C1 control
    [InlineData('\u0085')] // NEL
    [InlineData('\u009F')] // the last C1 control
    [InlineData('\u202A')] // LRE
    [InlineData('\u202B')] // RLE
    [InlineData('\u202C')] // PDF
    [InlineData('\u202D')] // LRO
    [InlineData('\u202E')] // RLO, the example
    [InlineData('\u2066')] // LRI
    [InlineData('\u2067')] // RLI
    [InlineData('\u2068')] // FSI
    [InlineData('\u2069')] // PDI
    public void A_control_or_bidi_character_inside_a_single_line_text_is_refused(char c)
    {
        var value = $"ab{c}cd";

        var error = Assert.Throws<DomainRuleException>(() => Guard.Text(value, 10, "x.invalid", "Thing"));
        Assert.Equal("x.invalid", error.Code);
        Assert.Contains($"U+{(int)c:X4}", error.Message, StringComparison.Ordinal);
        Assert.Equal("x.invalid", Assert.Throws<DomainRuleException>(() => Guard.OptionalText(value, 10, "x.invalid", "Thing")).Code);
        Assert.False(Guard.IsSingleLineText(value));
        Assert.Equal(2, Guard.IndexOfForbidden(value, multiLine: false));
        Assert.True(Guard.IsForbidden(c));
    }

    [Theory]
    [InlineData('\u0020')] // space, after U+001F
    [InlineData('\u007E')] // ~, before DEL
    [InlineData('\u00A0')] // no-break space, after U+009F
    [InlineData('\u00A9')] // ©
    [InlineData('\u2029')] // paragraph separator, before U+202A (a separator, not an override)
    [InlineData('\u202F')] // narrow no-break space, after U+202E
    [InlineData('\u2065')] // before U+2066
    [InlineData('\u206A')] // after U+2069
    [InlineData('中')]
    public void Characters_next_to_the_refused_ranges_are_kept(char c)
    {
        var value = $"ab{c}cd";

        Assert.Equal(value, Guard.Text(value, 10, "x", "X"));
        Assert.Equal(value, Guard.OptionalText(value, 10, "x", "X"));
        Assert.Equal(value, Guard.MultiLineText(value, 10, "x", "X"));
        Assert.True(Guard.IsSingleLineText(value));
        Assert.False(Guard.IsForbidden(c));
    }

    [Fact]
    public void A_right_to_left_override_at_the_start_of_a_name_is_refused()
    {
        Assert.Equal("filing.field-invalid", Assert.Throws<DomainRuleException>(() => Guard.OptionalText("\u202Eevil", 200, "filing.field-invalid", "Project name")).Code);
        Assert.False(Guard.IsSingleLineText("\u202Eevil"));
        Assert.False(Guard.IsMultiLineText("\u202Eevil"));
        Assert.True(Guard.IsSingleLineText("evil"));
        Assert.True(Guard.IsMultiLineText("evil"));
    }

    [Fact]
    public void Surrounding_whitespace_controls_are_trimmed_not_refused() =>
        Assert.Equal("ab", Guard.Text("\t ab\r\n", 10, "x", "X"));

    // Multi-line fields: line breaks (\n, \r\n) but no other control and no bidi override.
    [Fact]
    public void A_multi_line_text_keeps_its_line_breaks_as_written()
    {
        const string Reasons = "1. 投资方名称有误\r\n2. 金额单位应为元\n3. 请补充附件";

        Assert.Equal(Reasons, Guard.MultiLineText(Reasons, 100, "x", "X"));
        Assert.Equal(Reasons, Guard.OptionalMultiLineText("\n" + Reasons + "\r\n", 100, "x", "X"));
        Assert.True(Guard.IsMultiLineText(Reasons));
        Assert.False(Guard.IsSingleLineText(Reasons));
    }

    [Theory]
    [InlineData("ab\tcd", 2)] // tab
    [InlineData("ab\rcd", 2)] // a lone carriage return is not a line break
    [InlineData("ab\n\rcd", 3)] // LF CR: the CR is lone
    [InlineData("ab\r\r\ncd", 2)]
    [InlineData("ab\u0000cd", 2)]
    [InlineData("ab\u000Bcd", 2)] // vertical tab
    [InlineData("ab\u000Ccd", 2)] // form feed
    [InlineData("ab\u001Fcd", 2)]
    [InlineData("ab\u007Fcd", 2)]
    [InlineData("ab\u0085cd", 2)] // NEL is a C1 control, not a line break here
    [InlineData("ab\u009Fcd", 2)]
    [InlineData("ab\n\u202Ecd", 3)]
    [InlineData("ab\r\n\u2066cd", 4)]
    public void A_multi_line_text_refuses_every_other_control_and_the_bidi_overrides(string value, int at)
    {
        Assert.Equal(at, Guard.IndexOfForbidden(value, multiLine: true));
        Assert.False(Guard.IsMultiLineText(value));
        var error = Assert.Throws<DomainRuleException>(() => Guard.MultiLineText(value, 100, "x.invalid", "Reason"));
        Assert.Equal("x.invalid", error.Code);
        Assert.Equal("x.invalid", Assert.Throws<DomainRuleException>(() => Guard.OptionalMultiLineText(value, 100, "x.invalid", "Reason")).Code);
    }

    [Fact]
    public void A_carriage_return_at_the_very_end_inside_the_trimmed_text_cannot_be_a_line_break() =>
        Assert.Equal(1, Guard.IndexOfForbidden("a\r", multiLine: true));

    [Fact]
    public void Missing_multi_line_text_is_required_or_none()
    {
        Assert.Equal("Thing is required.", Assert.Throws<DomainRuleException>(() => Guard.MultiLineText("\r\n ", 10, "x", "Thing")).Message);
        Assert.Null(Guard.OptionalMultiLineText(" \n", 10, "x", "X"));
    }

    [Fact]
    public void A_multi_line_text_over_its_limit_is_refused() =>
        Assert.Equal("Thing must be at most 3 characters.", Assert.Throws<DomainRuleException>(() => Guard.MultiLineText("a\nbc", 3, "x", "Thing")).Message);

    [Fact]
    public void A_multi_line_text_of_exactly_its_limit_is_kept() => Assert.Equal("a\nb", Guard.MultiLineText("a\nb", 3, "x", "X"));

    [Fact]
    public void Forbidden_text_is_named_by_its_code_point_and_its_kind()
    {
        Assert.Equal("Thing must not contain U+0009 (no control character and no bidirectional override).",
            Assert.Throws<DomainRuleException>(() => Guard.Text("a\tb", 10, "x", "Thing")).Message);
        Assert.Equal("Thing must not contain U+202E (no control character but line breaks and no bidirectional override).",
            Assert.Throws<DomainRuleException>(() => Guard.MultiLineText("a\u202Eb", 10, "x", "Thing")).Message);
    }

    [Fact]
    public void A_null_text_cannot_be_searched() => Assert.Throws<ArgumentNullException>(() => Guard.IndexOfForbidden(null!, multiLine: false));
}
