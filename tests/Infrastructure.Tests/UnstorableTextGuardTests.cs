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

    /// <summary>A fact, not a theory: a lone surrogate does not survive xUnit's serialisation of theory data.</summary>
    [Fact]
    public void A_NUL_or_a_lone_surrogate_is_not()
    {
        string[] texts = ["admin\0", "\0", "a\uD800b", "\uDFFFx", "x\uD800", "\uD83D\uDE00\uDE00", "\uDE00\uD83D"];

        Assert.All(texts, text => Assert.False(UnstorableTextGuard.IsStorable(text), $"{texts.ToList().IndexOf(text)} was taken"));
    }

    [Fact]
    public void Its_refusal_is_the_callers_fault_even_wrapped_by_a_save()
    {
        var wrapped = new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", new UnstorableTextException("@p0"));

        Assert.True(DatabaseFaults.IsUnstorableText(wrapped));
        Assert.False(DatabaseFaults.IsUnavailable(wrapped));
    }
}
