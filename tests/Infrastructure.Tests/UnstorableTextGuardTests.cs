using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Interceptors;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>Text PostgreSQL cannot store never reaches it: the command is refused before it is sent (an auto-prepared statement stays whole).</summary>
public sealed class UnstorableTextGuardTests
{
    [Theory]
    [InlineData("")]
    [InlineData("admin")]
    [InlineData("汉寿县 \u0001\u001f\u007f\u0085\uFFFD")]
    [InlineData("emoji \uD83D\uDE00 and \uD83D\uDE00\uD83D\uDE00")]
    public void Ordinary_text_is_storable(string text) => Assert.True(UnstorableTextGuard.IsStorable(text));

    [Theory]
    [InlineData("admin\0")]
    [InlineData("\0")]
    [InlineData("a\uD800b")]
    [InlineData("\uDFFFx")]
    [InlineData("x\uD800")]
    [InlineData("\uD83D\uDE00\uDE00")]
    public void A_NUL_or_a_lone_surrogate_is_not(string text) => Assert.False(UnstorableTextGuard.IsStorable(text));

    [Fact]
    public void Its_refusal_is_the_callers_fault_even_wrapped_by_a_save()
    {
        var wrapped = new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", new UnstorableTextException("@p0"));

        Assert.True(DatabaseFaults.IsUnstorableText(wrapped));
        Assert.False(DatabaseFaults.IsUnavailable(wrapped));
    }
}
